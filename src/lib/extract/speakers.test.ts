import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const who = (text: string): [string, string | null, string[]][] => {
	const x = extractArticle(text, 't.txt');
	return x.quotes.map((q) => [
		q.text,
		q.speaker,
		q.via.map((v) => x.entities.find((e) => e.id === v)?.name ?? v)
	]);
};

describe('speakers', () => {
	it('reads cues after the quote', () => {
		expect(who('"We will win," said Mayor Karen Bass.')).toEqual([
			['We will win,', 'Karen Bass', []]
		]);
		expect(who('"We will win," Karen Bass told reporters.')).toEqual([
			['We will win,', 'Karen Bass', []]
		]);
		expect(
			who(
				"Max Baucus met Zheng Zeguang.\n\n'We never did it,' Xinhua quoted Zheng as telling Baucus."
			)
		).toEqual([['We never did it,', 'Zheng Zeguang', ['Xinhua']]]);
	});
	it('reads cues before the quote and continues within a paragraph', () => {
		expect(who("Mick Lynch said: 'Our members are angry. They will strike.'")[0]![1]).toBe(
			'Mick Lynch'
		);
		const r = who('"We tried," wrote Cisco spokesperson John Earnhardt. "We failed."');
		expect(r.map((x) => x[1])).toEqual(['John Earnhardt', 'John Earnhardt']);
	});
	it('resolves pronouns, surnames and "the spokesman"', () => {
		const r = who(
			'Geng Yansheng, spokesman for the Ministry of National Defense, spoke.\n\n"It is hypocrisy," said the spokesman as cited by the Wall Street Journal.\n\nShi Yinhong is a professor.\n\n"It is rude," Shi said. He said it was "very rude" indeed.'
		);
		expect(r.map((x) => x[1])).toEqual(['Geng Yansheng', 'Shi Yinhong', 'Shi Yinhong']);
		expect(r[0]![2]).toEqual(['Wall Street Journal']);
	});
	it('gives an uncued quote paragraph to the previous speaker', () => {
		const r = who(
			'An IBM spokesperson said the company was unaware of any order.\n\n"IBM is not aware of any policy. IBM is a trusted partner."'
		);
		expect(r[0]![1]).toBe('IBM spokesperson');
	});
	it('attributes partial quotes to the subject of the speech verb', () => {
		expect(
			who(
				'The Chinese Foreign Ministry said the government was "seriously concerned" about it, reported China Daily.'
			)[0]![1]
		).toBe('Chinese Foreign Ministry');
		expect(
			who(
				'Huawei faced scrutiny from the U.S. government, which in 2012 labeled the vendor a "national security risk."'
			)[0]![1]
		).toBe('U.S. government');
	});
	it('resolves documents to their authors', () => {
		const r = who(
			'China fired back with a government report detailing what it dubbed "secret surveillance programs."\n\n"The United States spies on everyone," said the report, authored by the Internet Media Research Center.'
		);
		expect(r.map((x) => x[1])).toEqual([
			'Internet Media Research Center',
			'Internet Media Research Center'
		]);
	});
	it('leaves scare quotes after "so-called" unattributed', () => {
		expect(
			who('Residents in the so-called "red zone" face fines, according to the ordinance.')[0]![1]
		).toBeNull();
	});
});
