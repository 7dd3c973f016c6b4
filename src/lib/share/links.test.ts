import { describe, expect, it } from 'vitest';
import { findLinks, resultHref } from './links';

describe('findLinks', () => {
	it('reads links one per line, in CSV cells and inside sentences', () => {
		const text = [
			'name,link',
			'Ana,https://example.org/results/eyJhIjoxfQ.abc1234',
			'"Ben";"http://localhost:3000/results/eyJiIjoyfQ.def5678/card.png"',
			'Here is mine (http://x.test/results/eyJjIjozfQ.0000001).',
			'eyJkIjo0fQ.zz99999',
			'',
			'https://example.org/quiz/indictment?seed=3'
		].join('\n');
		const { links, unreadLines } = findLinks(text);
		expect(links.map((l) => [l.line, l.token])).toEqual([
			[2, 'eyJhIjoxfQ.abc1234'],
			[3, 'eyJiIjoyfQ.def5678'],
			[4, 'eyJjIjozfQ.0000001'],
			[5, 'eyJkIjo0fQ.zz99999'],
			[7, null]
		]);
		expect(unreadLines).toEqual([{ line: 1, text: 'name,link', token: null }]);
	});

	it('keeps a cut-off link as a link so it can be reported broken', () => {
		const { links } = findLinks('https://example.org/results/');
		expect(links).toEqual([{ line: 1, text: 'https://example.org/results/', token: '' }]);
	});

	it('accepts Windows and old Mac line ends', () => {
		expect(findLinks('a\r\nb\rc').unreadLines.map((l) => l.line)).toEqual([1, 2, 3]);
	});

	it('reads lab results links, whose result is after the #, and points back to the lab page', () => {
		const text = 'From Robin: https://example.org/lab/results#r1.b.abc-_DEF.12, thanks';
		const { links } = findLinks(text);
		expect(links).toEqual([
			{
				line: 1,
				text: 'https://example.org/lab/results#r1.b.abc-_DEF.12',
				token: 'lab:r1.b.abc-_DEF.12'
			}
		]);
		expect(resultHref(links[0]!.token!)).toBe('/lab/results#r1.b.abc-_DEF.12');
		expect(resultHref('eyJhIjoxfQ.abc1234')).toBe('/results/eyJhIjoxfQ.abc1234');
	});
});
