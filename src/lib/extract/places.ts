/** Places and the bodies named by them: "Chinese government", "China's foreign ministry", a bare place. */
import type { Token } from './tokens';
import { ORG_ANAPHORS, PLACES } from './lexicon';
import type { Mention, Registry } from './registry';
import type { RunShape } from './names';
import { baseWord, FUNCTION_WORDS, isPossessive, placeOf, textOf } from './words';

/** Demonym + lowercase government word: "Chinese government", "Chinese officials", "Chinese state media". */
export function demonymBody(
	tokens: Token[],
	s: number,
	j: number,
	reg: Registry,
	src: string
): Mention | null {
	const after = tokens[j];
	const country = j - s === 1 ? placeOf(tokens[s]!.t) : null;
	if (
		!country ||
		!after ||
		after.quoted ||
		!/^(?:government|military|authorities|officials|state|embassy|side|army|regime|administration)$/.test(
			after.lower
		)
	)
		return null;
	let k = j + 1;
	if (after.lower === 'state' && tokens[k]?.lower === 'media') k++;
	const written = textOf(tokens, s, k, src);
	const e = reg.org(written) ?? reg.create(written, after.lower === 'state' ? 'media' : 'agency');
	e.country = country;
	return { i: s, j: k, ent: e, kind: 'name' };
}

/** A run of place words: the place, or "China's foreign ministry" (a possessive place and a body). */
export function placeMention(
	tokens: Token[],
	run: RunShape,
	written: string,
	reg: Registry,
	src: string
): Mention | null {
	const { j, s, words } = run;
	if (isPossessive(words.at(-1)!)) {
		for (let k = j; k < j + 3 && isLowerWord(tokens[k]); k++) {
			if (!ORG_ANAPHORS.has(tokens[k]!.lower)) continue;
			const full = textOf(tokens, s, k + 1, src);
			const e = reg.org(full) ?? reg.create(full, 'agency');
			e.country = placeOf(words[0]!) ?? placeOf(`${words[0]} ${baseWord(words[1] ?? '')}`);
			reg.addAlias(e, textOf(tokens, j, k + 1, src));
			return { i: s, j: k + 1, ent: e, kind: 'name' };
		}
	}
	const nm = baseWord(written);
	const e = reg.org(nm) ?? reg.create(nm, 'place');
	if (isPossessive(words.at(-1)!) && !PLACES[nm.toLowerCase()]) return null;
	e.country = placeOf(words[0]!);
	return { i: s, j, ent: e, kind: 'name' };
}

/** A lowercase content word outside quotes. */
function isLowerWord(t: Token | undefined): boolean {
	return t !== undefined && !t.quoted && t.word && !t.cap && !FUNCTION_WORDS.has(t.lower);
}
