/** Issue 10: what a poll's respondents say is theirs (or the poll's), never the person it is about. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

/** Each quote's speaker with the type of its entity. */
const sources = (text: string): [string | null, string | undefined][] => {
	const x = extractArticle(text, 't.txt');
	return x.quotes.map((q) => [q.speaker, x.entities.find((e) => e.id === q.speakerId)?.type]);
};

const KENT = 'Mayor Hal Kent is seeking a second term.\n\n';

describe('group and survey sources', () => {
	it('credits a share of respondents, not the person they judge', () => {
		expect(sources(`${KENT}Forty-one percent of respondents say Kent is "too cautious."`)).toEqual([
			['Forty-one percent of respondents', 'group']
		]);
		expect(
			sources(`${KENT}Half of those surveyed said Mayor Hal Kent was "out of touch."`)
		).toEqual([['Half of those surveyed', 'group']]);
		expect(sources(`${KENT}"He is too cautious," most of those polled said.`)).toEqual([
			['most of those polled', 'group']
		]);
		expect(
			sources(
				`${KENT}In the Brightline poll, 41 percent of voters said Kent was "too cautious," while 30 percent called him "bold."`
			)
		).toEqual([
			['41 percent of voters', 'group'],
			['30 percent', 'group']
		]);
	});

	it('credits the survey when the survey is what found it', () => {
		expect(sources(`${KENT}Most voters think Kent is "out of touch," a survey found.`)).toEqual([
			['survey', 'survey']
		]);
		expect(
			sources(`${KENT}The survey found that 60 percent of Democrats view Kent as "too cautious."`)
		).toEqual([['survey', 'survey']]);
	});

	it('never credits the person a poll is about', () => {
		for (const text of [
			`${KENT}According to a Brightline poll, 52 percent of residents say Kent is "too cautious."`,
			`${KENT}A majority of voters in the Brightline poll called Kent "too cautious."`,
			`${KENT}Kent is "too cautious," according to 41 percent of voters in a Brightline poll.`,
			`${KENT}A Brightline survey released Monday found voters see Kent as "out of touch."`
		]) {
			const got = sources(text);
			expect(got).toHaveLength(1);
			expect(got[0]![0]).not.toBeNull();
			expect(got[0]![0]).not.toContain('Kent');
			expect(got[0]![1]).not.toBe('person');
		}
	});
});
