/** Names: a capitalised run read as a person, an organisation, a medium, a place or a bare role. */
import type { Token } from './tokens';
import { CAP_STOP, ROLE_HEADS, US_STATES } from './lexicon';
import type { Ent, Mention, Registry } from './registry';
import { bareWordMention, groupPhrase } from './bare-names';
import { personMention } from './persons';
import { shapeOf, type RunShape } from './run-shape';
import { demonymBody, placeMention } from './places';
import { describe, orgType } from './descriptors';
import {
	baseWord,
	CONNECT,
	isPossessive,
	isNameWord,
	PARTICLES,
	placeOf,
	PREP_PLACE,
	SUFFIXES,
	textOf
} from './words';

export type { RunShape } from './run-shape';

/** A generational suffix closing a personal name: "Jr.", "III". */
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** Parse a capitalised run [i, j) into a person, organisation, medium or place mention. */
export function nameMention(
	tokens: Token[],
	i: number,
	j: number,
	reg: Registry,
	src: string,
	prior: Mention[]
): Mention | null {
	let s = i;
	while (s < j && (CAP_STOP.has(tokens[s]!.lower) || CONNECT.has(tokens[s]!.lower))) s++;
	if (s >= j) return null;
	const words: string[] = [];
	for (let k = s; k < j; k++) words.push(tokens[k]!.t);
	const gov = demonymBody(tokens, s, j, reg, src);
	if (gov) return gov;
	const run = shapeOf(tokens, i, j, s, words);
	if (isPersonName(tokens, run)) {
		const nameWords = words.slice(run.last + 1);
		if (nameWords.length === 1 && !run.titled)
			return bareWordMention(tokens, s, j, nameWords[0]!, reg, src);
		return personMention(tokens, run, nameWords, reg, src, prior);
	}
	return organisationMention(tokens, run, reg, src);
}

/** A personal name's word k of n: a name word, an initial, a particle or a closing "Jr.". */
function isNamePart(w: string, k: number, n: number): boolean {
	return (
		(isNameWord(w) && !CAP_STOP.has(w.toLowerCase())) ||
		isInitial(w) ||
		(k > 0 && PARTICLES.has(w)) ||
		(k > 0 && k === n - 1 && GENERATION.test(w))
	);
}

/** An initial: "P." (an astral capital is two code units). */
const isInitial = (w: string): boolean =>
	w.length <= 3 && w.charCodeAt(w.length - 1) === 46 && /^\p{Lu}\.$/u.test(w);

/** Whether the name words after the run's titles are a personal name ("Dana Holt", "Lula da Silva"):
 *  the run's shape and neighbours first, then its words. */
function isPersonName(tokens: Token[], run: RunShape): boolean {
	const { i, j, s, words, last, titled, hasOrg, hasMedia } = run;
	if (words.length - (last + 1) < 1 || !(titled || (!hasOrg && !hasMedia && last < 0)))
		return false;
	const prevTok = tokens[i - 1];
	const afterPrep =
		prevTok !== undefined &&
		(PREP_PLACE.has(prevTok.lower) ||
			(prevTok.lower === 'the' && s === i + 1) ||
			prevTok.lower === 'the');
	const nextTok = tokens[j];
	const placeAfter =
		nextTok?.t === ',' && tokens[j + 1] !== undefined && US_STATES.has(tokens[j + 1]!.lower);
	if ((afterPrep && !titled) || placeAfter) return false;
	const n = words.length - (last + 1);
	// Even "Juan Carlos de la Cruz y de los Santos" has nine words: a longer run is no one's name.
	if (n > 10) return false;
	let counted = 0;
	let particles = false;
	for (let k = 0; k < n; k++) {
		const w = words[last + 1 + k]!;
		if (!isNamePart(w, k, n)) return false;
		if (PARTICLES.has(w)) particles = true;
		else if (!GENERATION.test(w) && !isInitial(w)) counted++;
	}
	return counted <= (particles ? 5 : 3);
}

/** Organisation, medium, place or role-only run. */
function organisationMention(
	tokens: Token[],
	run: RunShape,
	reg: Registry,
	src: string
): Mention | null {
	const { j, s, words, multiPlace, hasOrg, hasMedia, titled } = run;
	let os = s;
	let country: string | null = null;
	while (os < j - 1 && (placeOf(tokens[os]!.t) || tokens[os]!.lower === 'the')) {
		country = country ?? placeOf(tokens[os]!.t);
		if (!isPossessive(tokens[os]!.t)) break;
		os++;
	}
	if (j - s === 1 && isPossessive(words[0]!) && !placeOf(words[0]!)) {
		const w = baseWord(words[0]!);
		const known = reg.person([w]) ?? reg.org(w);
		if (known) return { i: s, j, ent: known, kind: 'name' };
		const g = groupPhrase(tokens, s, j, reg, src);
		if (g) return g;
	}
	const written = textOf(tokens, os, j, src);
	const allPlace = words.every(
		(w, k) => placeOf(w) || multiPlace.has(k) || CONNECT.has(w.toLowerCase())
	);
	if (allPlace) return placeMention(tokens, run, written, reg, src);
	if (titled && !hasOrg) return bareRole(tokens, run, written, reg);
	const type: Ent['type'] = hasMedia ? 'media' : hasOrg ? orgType(words) : 'group';
	const nm = baseWord(written);
	// "Acme" named before "Acme Technologies": the same company (one token has no space to split at).
	const ws = j - os > 1 ? nm.split(/\s+/) : null;
	const short =
		ws && ws.length >= 2 && ws.slice(1).every((w) => SUFFIXES.test(w)) ? reg.org(ws[0]!) : null;
	const e = reg.org(nm) ?? (short && short.type === 'group' ? short : null) ?? reg.create(nm, type);
	if (e === short && type !== 'group') e.type = type;
	reg.addAlias(e, nm);
	if (PREP_PLACE.has(tokens[run.i - 1]?.lower ?? '')) e.placeLike = true;
	describe(e, tokens, s, src);
	if (country && !e.country) e.country = country;
	if (!e.country) for (const w of words) if (placeOf(w)) e.country = placeOf(w);
	return { i: s, j, ent: e, kind: 'name' };
}

/** A role without a name: resolve by role, or let a following name take it. */
function bareRole(tokens: Token[], run: RunShape, written: string, reg: Registry): Mention | null {
	const { j, s, words } = run;
	const titleWord = [...words].reverse().find((w) => ROLE_HEADS.has(w.toLowerCase()));
	const c = words.map(placeOf).find((x) => x) ?? null;
	const e = titleWord ? reg.resolveRole(titleWord.toLowerCase(), [], c) : null;
	const n1 = tokens[j];
	const n2 = tokens[j + 1];
	if (n1?.t === ',' && n2?.cap) {
		const tmp = reg.create(written, 'person', written);
		tmp.unnamed = true;
		return { i: s, j, ent: tmp, kind: 'role' };
	}
	if (e) return { i: s, j, ent: e, kind: 'role' };
	return null;
}
