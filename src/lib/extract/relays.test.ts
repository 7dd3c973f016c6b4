import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';
import { Registry } from './registry';
import { RelayReader } from './relays';
import { sentences } from './segment';
import { tokenize } from './tokens';

/** A relay reader over one invented paragraph, without quotes. */
function reader(t: string): { cr: RelayReader; at: (word: string) => number; n: number } {
	const sents = sentences(t, 0, t.length);
	const tokens = tokenize(t, 0, t.length, sents, []);
	const mentions = findMentions(tokens, new Registry(), t);
	const cr = new RelayReader(
		{ index: 0, start: 0, end: t.length, sentences: sents, tokens, mentions, quotes: [] },
		t
	);
	return { cr, at: (word) => tokens.findIndex((x) => x.t === word), n: tokens.length };
}

describe('relays', () => {
	it('reads "according to X" anywhere in the sentence', () => {
		const a = reader('The line will close in May, according to Ana Ruiz.');
		expect(a.cr.accordingTo(0)?.speaker?.name).toBe('Ana Ruiz');
	});
	it('reads "according to" past describing words before the name', () => {
		const a = reader('According to veteran news anchor Ana Ruiz, the plan smells of panic.');
		expect(a.cr.accordingTo(0)?.speaker?.name).toBe('Ana Ruiz');
		const b = reader('According to longtime morning radio host Ana Ruiz, it was a rout.');
		expect(b.cr.accordingTo(0)?.speaker?.name).toBe('Ana Ruiz');
	});
	it('reads "as cited by X" after a cue as a relay', () => {
		const a = reader('Tom Alder said so, as cited by the Lakeside Ledger.');
		expect(a.cr.viaAfter(a.at('said') + 1, a.n, null).map((e) => e.name)).toEqual([
			'Lakeside Ledger'
		]);
	});
	it('credits X in "as X put it", past an appositive', () => {
		const a = reader('It was a rout, as Ana Ruiz, a historian, put it.');
		expect(a.cr.accordingTo(0)?.speaker?.name).toBe('Ana Ruiz');
		const b = reader('It was a rout, as Ana Ruiz put it.');
		expect(b.cr.accordingTo(0)?.speaker?.name).toBe('Ana Ruiz');
		const c = reader("As The Lakeside Ledger's Dana Alder puts it, the plan is dead.");
		expect(c.cr.accordingTo(0)?.speaker?.name).toBe('Dana Alder');
	});
});
