import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { tokenize } from './tokens';
import { sentences } from './segment';
import { mediaHeadAt, shareStart } from './source-types';

/** Each quote's speaker and the speaker's type. */
const sources = (text: string): [string | null, string | null][] => {
	const x = extractArticle(text, 't.txt');
	return x.quotes.map((q) => [
		q.speaker,
		x.entities.find((e) => e.id === q.speakerId)?.type ?? null
	]);
};

const tokens = (text: string) =>
	tokenize(text, 0, text.length, sentences(text, 0, text.length), []);

describe('source types', () => {
	it('types documents, a survey, a publication and a group that speak', () => {
		expect(
			sources('Talks stalled.\n\nThe city has "failed every test," according to the report.')
		).toEqual([['report', 'document']]);
		expect(sources('The council met.\n\n"We will appeal," the statement said.')).toEqual([
			['statement', 'document']
		]);
		expect(sources('Staff were told.\n\n"Your post has been cut," an email read.')).toEqual([
			['email', 'document']
		]);
		expect(sources('Voters are tired.\n\n"Trust is at a record low," a survey found.')).toEqual([
			['survey', 'survey']
		]);
		expect(sources('Voters are tired.\n\n"Nobody listens," a new poll found.')).toEqual([
			['poll', 'survey']
		]);
		expect(
			sources('Voters are tired.\n\n41 percent of respondents said the mayor was "out of touch."')
		).toEqual([['41 percent of respondents', 'group']]);
	});
	it('takes "the daily" and "the newspaper" for the publication named before', () => {
		const before = 'The Harbour Times backed the mayor on Monday.\n\n';
		expect(sources(before + '"The city deserves better," the daily wrote.')).toEqual([
			['Harbour Times', 'media']
		]);
		expect(sources(before + '"It is a disgrace," the newspaper said in an editorial.')).toEqual([
			['Harbour Times', 'media']
		]);
		expect(sources('Rents rose.\n\n"Rents are too high," the newspaper said.')).toEqual([
			['newspaper', 'media']
		]);
	});
	it('reads "daily" as a publication only when no noun follows it', () => {
		const t = tokens('The daily wrote that the daily briefing was short.');
		expect(mediaHeadAt(t, 1)).toBe(true);
		expect(mediaHeadAt(t, 6)).toBe(false);
	});
	it('finds the share before a group noun', () => {
		const at = (text: string, noun: string) => {
			const t = tokens(text);
			return shareStart(
				t,
				t.findIndex((x) => x.lower === noun)
			);
		};
		expect(at('Forty-one percent of respondents said no.', 'respondents')).toBe(0);
		expect(at('Only 41 % of voters agreed.', 'voters')).toBe(1);
		expect(at('A majority of the voters agreed.', 'voters')).toBe(0);
		expect(at('Some 41 per cent of voters agreed.', 'voters')).toBe(1);
		expect(at('Angry voters agreed.', 'voters')).toBe(-1);
	});
});
