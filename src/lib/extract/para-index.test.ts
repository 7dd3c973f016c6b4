import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMentions } from './mentions';
import { isVerb, ParaIndex, usedAsNoun } from './para-index';
import { Registry } from './registry';
import { sentences } from './segment';
import { tokenize } from './tokens';

describe('paragraph index', () => {
	it('looks up sentences, mentions and the next speech verb', () => {
		const t = 'Ana Ruiz left early. Tom Alder said nothing.';
		const sents = sentences(t, 0, t.length);
		const tokens = tokenize(t, 0, t.length, sents, []);
		const mentions = findMentions(tokens, new Registry(), t);
		const ix = new ParaIndex(
			{ index: 0, start: 0, end: t.length, sentences: sents, tokens, mentions, quotes: [] },
			t
		);
		const said = tokens.findIndex((x) => x.t === 'said');
		expect(isVerb(tokens[said])).toBe(true);
		expect(ix.nextVerb(0)).toBe(said);
		expect(ix.sentStart(said)).toBe(tokens.findIndex((x) => x.t === 'Tom'));
		expect(ix.mentionEndingAt(said)?.ent.name).toBe('Tom Alder');
		expect(ix.mentionsIn(0, tokens.length).map((m) => m.ent.name)).toEqual([
			'Ana Ruiz',
			'Tom Alder'
		]);
		expect(ix.at(t.indexOf('Tom'))).toBe(ix.sentStart(said));
	});
	it('finds the last speech verb or noun before each token as a scan back would', () => {
		const word = fc.constantFrom(
			...['said', 'says', 'claim', 'claims', 'remarks', 'shot', 'back', 'the', "Lee's", 'her'],
			...['that', 'Ana', 'Ruiz', 'it', 'was', 'late', '.', ',', '"We', 'lost,"', 'told']
		);
		fc.assert(
			fc.property(fc.array(word, { maxLength: 30 }), (words) => {
				const t = words.join(' ');
				const sents = sentences(t, 0, t.length);
				const tokens = tokenize(t, 0, t.length, sents, []);
				const p = { index: 0, start: 0, end: t.length, sentences: sents, tokens, quotes: [] };
				const ix = new ParaIndex({ ...p, mentions: findMentions(tokens, new Registry(), t) }, t);
				for (let k = 0; k <= tokens.length; k++) {
					let v = k - 1;
					while (v >= 0 && !isVerb(tokens[v]) && !usedAsNoun(tokens[v])) v--;
					expect(ix.cueBefore(k)).toBe(v);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
