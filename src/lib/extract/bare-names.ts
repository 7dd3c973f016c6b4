/** Bare names: one capitalised word with no title, and sentence-opening common-noun phrases that are not names. */
import type { Token } from './tokens';
import { CAPITALS, SPEECH_VERBS as SPEECH_VERB_FORMS } from './lexicon';
import type { Mention, Registry } from './registry';
import { describe, descriptor } from './descriptors';
import { FUNCTION_WORDS, norm, placeOf, PREP_PLACE, textOf } from './words';

export /** One capitalised word with no title: a known organisation or person, a capital, or a new bare name. */
function bareWordMention(
	tokens: Token[],
	s: number,
	j: number,
	w: string,
	reg: Registry,
	src: string
): Mention {
	const org = reg.org(w);
	const opener = s === 0 || tokens[s - 1]!.sent !== tokens[s]!.sent || tokens[s - 1]!.quoted;
	if (org && !opener) org.openerOnly = false;
	if (org && norm(org.name) === norm(w)) {
		describe(org, tokens, s, src);
		return { i: s, j, ent: org, kind: 'name' };
	}
	const known = reg.person([w]);
	if (known) return { i: s, j, ent: known, kind: 'name' };
	if (org) return { i: s, j, ent: org, kind: 'name' };
	const capital = CAPITALS.has(w.toLowerCase());
	const g = groupPhrase(tokens, s, j, reg, src);
	if (g && !capital) return g;
	const e = reg.create(w, capital ? 'place' : 'group');
	e.openerOnly = opener;
	e.placeLike = PREP_PLACE.has(tokens[s - 1]?.lower ?? '');
	const desc = descriptor(tokens, s, src);
	if (!desc) return { i: s, j, ent: e, kind: 'name' };
	e.role = desc.text;
	e.type = desc.type;
	for (const x of desc.text.split(/\s+/)) if (placeOf(x) && !e.country) e.country = placeOf(x);
	return { i: desc.start, j, ent: e, kind: 'name' };
}

/** "Rail workers' unions have rejected...": a sentence-initial common noun phrase, not a name. */
export function groupPhrase(
	tokens: Token[],
	s: number,
	j: number,
	reg: Registry,
	src: string
): Mention | null {
	const sentStart = s === 0 || tokens[s - 1]!.sent !== tokens[s]!.sent || tokens[s - 1]!.quoted;
	if (!sentStart) return null;
	let k = j;
	while (
		k < j + 4 &&
		tokens[k] &&
		!tokens[k]!.quoted &&
		tokens[k]!.word &&
		!tokens[k]!.cap &&
		!FUNCTION_WORDS.has(tokens[k]!.lower) &&
		!/(?:ed|ing)$/.test(tokens[k]!.lower) &&
		!SPEECH_VERB_FORMS.has(tokens[k]!.lower)
	)
		k++;
	// "Trump said": a bare name, not a common noun phrase.
	if (k === j && !/s['’]?$/.test(tokens[s]!.t)) return null;
	// "Democratic presidential nominee Ana Ruiz": words describing the name that follows.
	if (k > j && tokens[k]?.cap && !tokens[k]!.quoted) return null;
	const phrase = textOf(tokens, s, k, src);
	const e = reg.org(phrase) ?? reg.create(phrase, 'group');
	e.unnamed = true;
	return { i: s, j: k, ent: e, kind: 'name' };
}
