/** Names: a capitalised run read as a person, an organisation, a medium, a place or a bare role. */
import type { Token } from './tokens';
import { CAP_STOP, PLACES, ROLE_HEADS, US_STATES } from './lexicon';
import type { Ent, Mention, Registry } from './registry';
import { bareWordMention, groupPhrase } from './bare-names';
import { personMention, type NameRun } from './persons';
import { demonymBody, placeMention } from './places';
import { describe, orgType } from './descriptors';
import {
	baseWord,
	CONNECT,
	isMediaWord,
	isOrgWord,
	isPossessive,
	isTitle,
	NAME_WORD,
	PARTICLES,
	placeOf,
	PREP_PLACE,
	SUFFIXES,
	textOf
} from './words';

/** A generational suffix closing a personal name: "Jr.", "III". */
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** Titles that are also common surnames. */
const SURNAME_TITLES = /^(?:King|Major|Judge|Dean|Bishop|Prince|Pope)$/;

const COURTESY = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|rev)\.?$/i;

/** What the words of a run are: places, organisation or media words, titles, and where a name starts. */
export interface RunShape extends NameRun {
	multiPlace: Set<number>;
	hasOrg: boolean;
	hasMedia: boolean;
}

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
	const words = tokens.slice(s, j).map((t) => t.t);
	const gov = demonymBody(tokens, s, j, reg, src);
	if (gov) return gov;
	const run = shapeOf(i, j, s, words);
	const nameWords = words.slice(run.last + 1);
	if (isPersonName(tokens, run, nameWords)) {
		if (nameWords.length === 1 && !run.titled)
			return bareWordMention(tokens, s, j, nameWords[0]!, reg, src);
		return personMention(tokens, run, nameWords, reg, src, prior);
	}
	return organisationMention(tokens, run, reg, src);
}

/** Classify the run's words and find where a personal name starts: after the last title, place or organisation word. */
function shapeOf(i: number, j: number, s: number, words: string[]): RunShape {
	const multiPlace = new Set<number>();
	words.forEach((w, k) => {
		const n = words[k + 1];
		if (n && PLACES[`${w} ${baseWord(n)}`.toLowerCase()]) {
			multiPlace.add(k);
			multiPlace.add(k + 1);
		}
	});
	const hasOrg = words.some((w) => isOrgWord(w));
	const hasMedia = words.some((w) => isMediaWord(w)) && !hasOrg;
	let last = -1;
	let lastTitle = -1;
	let lastOrg = -1;
	// "Mr. King", "Dr. Judge": after a courtesy title comes a surname, even one that is a title word.
	// "Mr. King", "Dana King": a title word that is also a surname, after a courtesy title or a first name.
	const surname = (k: number): boolean =>
		k > 0 &&
		(COURTESY.test(words[k - 1]!) ||
			(SURNAME_TITLES.test(words[k]!) &&
				k === words.length - 1 &&
				NAME_WORD.test(words[k - 1]!) &&
				!isTitle(words[k - 1]!) &&
				!placeOf(words[k - 1]!) &&
				!isOrgWord(words[k - 1]!) &&
				!isMediaWord(words[k - 1]!)));
	const titleAt = (k: number): boolean => isTitle(words[k]!) && !surname(k);
	words.forEach((w, k) => {
		// "Secretary of State Ana Ruiz": the word after a title's "of" belongs to the title.
		const titleOf = k >= 2 && words[k - 1]!.toLowerCase() === 'of' && titleAt(k - 2);
		if (
			titleAt(k) ||
			titleOf ||
			placeOf(w) ||
			multiPlace.has(k) ||
			isOrgWord(w) ||
			isMediaWord(w) ||
			isPossessive(w) ||
			(CONNECT.has(w.toLowerCase()) &&
				!(PARTICLES.has(w) && k > 0 && /^\p{Lu}/u.test(words[k - 1]!) && !isTitle(words[k - 1]!)))
		)
			last = k;
		if (titleAt(k)) lastTitle = k;
		if (isOrgWord(w) || isMediaWord(w)) lastOrg = k;
	});
	const titled = words.slice(0, last + 1).some((w) => isTitle(w)) && lastOrg < lastTitle;
	return { i, j, s, words, last, titled, multiPlace, hasOrg, hasMedia };
}

/** Whether the name words after the run's titles are a personal name ("Dana Holt", "Lula da Silva"). */
function isPersonName(tokens: Token[], run: RunShape, nameWords: string[]): boolean {
	const { i, j, s, last, titled, hasOrg, hasMedia } = run;
	const plainName = nameWords.every(
		(w, k) =>
			(NAME_WORD.test(w) && !CAP_STOP.has(w.toLowerCase())) ||
			/^\p{Lu}\.$/u.test(w) ||
			(k > 0 && PARTICLES.has(w)) ||
			(k > 0 && k === nameWords.length - 1 && GENERATION.test(w))
	);
	const prevTok = tokens[i - 1];
	const afterPrep =
		prevTok !== undefined &&
		(PREP_PLACE.has(prevTok.lower) ||
			(prevTok.lower === 'the' && s === i + 1) ||
			prevTok.lower === 'the');
	const nextTok = tokens[j];
	const placeAfter =
		nextTok?.t === ',' && tokens[j + 1] !== undefined && US_STATES.has(tokens[j + 1]!.lower);
	return (
		nameWords.length >= 1 &&
		nameWords.filter((w) => !PARTICLES.has(w) && !GENERATION.test(w) && !/^\p{Lu}\.$/u.test(w))
			.length <= (nameWords.some((w) => PARTICLES.has(w)) ? 5 : 3) &&
		plainName &&
		(titled || (!hasOrg && !hasMedia && last < 0)) &&
		!(afterPrep && !titled) &&
		!placeAfter
	);
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
	const ws = nm.split(/\s+/);
	// "Acme" named before "Acme Technologies": the same company.
	const short =
		ws.length >= 2 && ws.slice(1).every((w) => SUFFIXES.test(w)) ? reg.org(ws[0]!) : null;
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
