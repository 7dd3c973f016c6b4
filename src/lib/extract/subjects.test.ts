import { describe, expect, it } from 'vitest';
import { CueReader } from './cues';
import { findMentions } from './mentions';
import { Registry } from './registry';
import { sentences } from './segment';
import { tokenize } from './tokens';

/** The subject a participle ("saying", "telling") is credited to, in an invented sentence. */
function participleSubject(t: string, participle: string): string | null {
	const sents = sentences(t, 0, t.length);
	const tokens = tokenize(t, 0, t.length, sents, []);
	const mentions = findMentions(tokens, new Registry(), t);
	const cr = new CueReader(
		{ index: 0, start: 0, end: t.length, sentences: sents, tokens, mentions, quotes: [] },
		t
	);
	return cr.subjectOf(tokens.findIndex((x) => x.t === participle))?.name ?? null;
}

describe('subjects', () => {
	it('passes over an opening participle or adverb phrase', () => {
		expect(
			participleSubject(
				'Speaking at a rally in Dover, Ana Ruiz attacked the plan, saying no.',
				'saying'
			)
		).toBe('Ana Ruiz');
		expect(
			participleSubject('Hastily changing course, Ana Ruiz dropped the plan, saying no.', 'saying')
		).toBe('Ana Ruiz');
	});
	it('passes over a time phrase', () => {
		expect(
			participleSubject('Hours later, Ana Ruiz dropped the plan, telling us no.', 'telling')
		).toBe('Ana Ruiz');
	});
	it('passes over places and the objects of prepositions', () => {
		expect(
			participleSubject(
				'At a town hall in Fernvale, Ostland, on Sunday, Tom Alder praised the plan, saying yes.',
				'saying'
			)
		).toBe('Tom Alder');
	});
	it('keeps a capital that acts for its government', () => {
		expect(
			participleSubject('Ottawa rejected the charges, saying they were false.', 'saying')
		).toBe('Ottawa');
	});
	it('passes over a capitalised modifier of the name: "Green presidential candidate Ana Ruiz"', () => {
		expect(
			participleSubject(
				'Green presidential candidate Ana Ruiz spoke on Monday, saying no.',
				'saying'
			)
		).toBe('Ana Ruiz');
		expect(participleSubject('Alder endorsed Ana Ruiz in June, saying yes.', 'saying')).toBe(
			'Alder'
		);
	});
});
