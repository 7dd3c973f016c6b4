/** Test helper for the entity stages' tests: the mentions of a few paragraphs, read with one registry. */
import { findMentions } from './mentions';
import { Registry } from './registry';
import { sentences } from './segment';
import { tokenize } from './tokens';

/** Per paragraph, each mention as [written text, entity name, entity type, kind]. */
export function mentionsOf(paras: string[]): string[][][] {
	const reg = new Registry();
	return paras.map((t, k) => {
		reg.para = k;
		const toks = tokenize(t, 0, t.length, sentences(t, 0, t.length), []);
		return findMentions(toks, reg, t).map((m) => [
			t.slice(toks[m.i]!.start, toks[m.j - 1]!.end),
			m.ent.name,
			m.ent.type,
			m.kind
		]);
	});
}
