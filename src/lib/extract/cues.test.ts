import { describe, expect, it } from 'vitest';
import { CueReader } from './cues';
import { findMentions } from './mentions';
import { Registry } from './registry';
import { sentences } from './segment';
import { tokenize } from './tokens';

/** A cue reader over one invented paragraph, without quotes. */
function reader(t: string): { cr: CueReader; at: (word: string) => number; n: number } {
	const sents = sentences(t, 0, t.length);
	const tokens = tokenize(t, 0, t.length, sents, []);
	const mentions = findMentions(tokens, new Registry(), t);
	const cr = new CueReader(
		{ index: 0, start: 0, end: t.length, sentences: sents, tokens, mentions, quotes: [] },
		t
	);
	return { cr, at: (word) => tokens.findIndex((x) => x.t === word), n: tokens.length };
}

describe('cues', () => {
	it('finds the subject of a speech verb, past adverbs, brackets and appositives', () => {
		const a = reader('Rep. Ana Ruiz (D-Ore.) flatly said no.');
		expect(a.cr.subjectOf(a.at('said'))?.name).toBe('Ana Ruiz');
		const b = reader('Tom Alder, a lawyer for the city, one of the plaintiffs, said no.');
		expect(b.cr.cueAt(0, b.n)?.speaker?.name).toBe('Tom Alder');
	});
	it('reads "said X" and "X said" alike', () => {
		const a = reader('Yes, said Ana Ruiz.');
		expect(a.cr.cueAt(a.at('said'), a.n)?.speaker?.name).toBe('Ana Ruiz');
	});
	it('credits the person a participle follows', () => {
		const a = reader('The clip shows Tom Alder saying yes.');
		expect(a.cr.subjectOf(a.at('saying'))?.name).toBe('Tom Alder');
	});
	it('reads a relay: "X quoted Y as saying"', () => {
		const a = reader('The Lakeside Herald quoted Ana Ruiz as saying yes.');
		const cue = a.cr.cueAt(0, a.n);
		expect(cue?.speaker?.name).toBe('Ana Ruiz');
		expect(cue?.via.map((e) => e.name)).toEqual(['Lakeside Herald']);
	});
});

describe('cues over nouns and names with roles', () => {
	it('reads no speech verb in a noun: "Ruiz\'s remarks", "the charge"', () => {
		const a = reader("Tom Alder called Ana Ruiz's remarks unfair.");
		expect(a.cr.subjectOf(a.at('called'))?.name).toBe('Tom Alder');
		expect(a.cr.nextVerb(a.at('remarks'))).toBe(a.n);
		const b = reader('Ana Ruiz denied the charge and her claims stood.');
		expect(b.cr.nextVerb(b.at('the'))).toBe(b.n);
	});
	it('reads "the spokesman, Tom Alder, said" once the name took in the role', () => {
		const a = reader('The city spokesman, Tom Alder, said no.');
		expect(a.cr.cueAt(0, a.n)?.speaker?.name).toBe('Tom Alder');
	});
});

describe('claims and "as X put it"', () => {
	it('credits the owner of a claim that a clause follows', () => {
		const a = reader("Critics doubted Tom Alder's claim that it would work.");
		expect(a.cr.verbBefore(a.at('would'))?.speaker?.name).toBe('Tom Alder');
	});
	it('passes over an adverb between the speaker and the verb: "Ana Ruiz jokingly said"', () => {
		const a = reader('Ana Ruiz jokingly said no.');
		expect(a.cr.subjectOf(a.at('said'))?.name).toBe('Ana Ruiz');
	});
});
