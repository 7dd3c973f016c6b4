/** Word tests shared by the entity stages: name words, titles, places, runs of capitalised words. */
import type { Token } from './tokens';
import { CAP_STOP, MEDIA_WORDS, ORG_WORDS, PLACES, set, TITLE_WORDS } from './lexicon';
import { isAsciiAlnum, isApostrophe } from './chars';

export const FUNCTION_WORDS = set(
	`the a an of in on at by for from to with and or but nor that which who whom whose is are was were be been has ` +
		`have had do does did said says say will would could should may might must not no this these those it its he she ` +
		`they them his her their our we you i as than then so if when while where because after before since until over ` +
		`into about against between through during without within also even just only still`
);
export const CONNECT = set('of for and on de to the &');
/** Lowercase particles inside personal names: "Lula da Silva", "von der Leyen". */
export const PARTICLES = set('da de do dos das van von der den di du la le al bin ibn el ben');
export const DETS = set('the this that these those');
export const INDEF = new Set(['a', 'an']);
export const UNNAMED_ADJ = set('unnamed anonymous senior top former government military chief');
export const PREP_PLACE = set('in at from near across into outside inside');

/** Length of a possessive ending ("'", "’s", "'S") closing w, or 0: /['’]s?$/i, read from the end. */
function possessiveLength(w: string): number {
	const last = w.charCodeAt(w.length - 1);
	if (isApostrophe(last)) return 1;
	return (last === 115 || last === 83) && isApostrophe(w.charCodeAt(w.length - 2)) ? 2 : 0;
}
export const baseWord = (w: string): string => {
	const n = possessiveLength(w);
	return n ? w.slice(0, w.length - n) : w;
};
export const isPossessive = (w: string): boolean => possessiveLength(w) > 0 && w.length > 2;

/** What the word lists say of one written word. */
export interface WordFacts {
	place: string | null;
	title: boolean;
	org: boolean;
	media: boolean;
	/** Matches NAME_WORD. */
	name: boolean;
}
const wordFacts = new Map<string, WordFacts>();

/** The facts of w, worked out once per distinct word: the name stages ask them of the same token many
 *  times (each asking lowercased a new copy), a tenth of the mention finder's time on a long article. */
export function factsOf(w: string): WordFacts {
	let f = wordFacts.get(w);
	if (f === undefined) {
		const base = baseWord(w).toLowerCase();
		const lw = w.toLowerCase();
		f = {
			place: PLACES[base] ?? null,
			title: TITLE_WORDS.has(lw.endsWith('.') ? lw.slice(0, -1) : lw),
			org: ORG_WORDS.has(base),
			media: MEDIA_WORDS.has(base),
			name: NAME_WORD.test(w)
		};
		if (wordFacts.size >= 50_000) wordFacts.clear();
		wordFacts.set(w, f);
	}
	return f;
}
export const placeOf = (w: string): string | null => factsOf(w).place;
export const isTitle = (w: string): boolean => factsOf(w).title;
export const isOrgWord = (w: string): boolean => factsOf(w).org;
export const isMediaWord = (w: string): boolean => factsOf(w).media;
/** NAME_WORD.test(w), remembered per word. */
export const isNameWord = (w: string): boolean => factsOf(w).name;
/** A capitalised name word: "Lee", "McKinley", "O'Brien", "Holtz-Eakin", "DeSantis". */
export const NAME_WORD = /^(?=.*\p{Ll})\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+|['’-]\p{Lu}?\p{Ll}+)*$/u;
export const isAcronym = (w: string): boolean =>
	/^(?:\p{Lu}\.?){2,}$/u.test(w) || /^(?:\p{Lu}\.){2,}$/u.test(w);
/** Whether s is ASCII letters, digits and apostrophes in words one space apart: norm only lowercases it. */
function isPlainWords(s: string): boolean {
	for (let k = 0; k < s.length; k++) {
		const c = s.charCodeAt(k);
		if (c === 32) {
			if (k === 0 || k === s.length - 1 || s.charCodeAt(k - 1) === 32) return false;
		} else if (!(isAsciiAlnum(c) || c === 39)) return false;
	}
	return true;
}
export const norm = (s: string): string =>
	isPlainWords(s)
		? s.toLowerCase()
		: s
				.toLowerCase()
				.replace(/[’]/g, "'")
				.replace(/[^\p{L}\p{N}' ]+/gu, ' ')
				.replace(/\s+/g, ' ')
				.trim();

/** The source text of tokens [i, j). */
export function textOf(tokens: Token[], i: number, j: number, src: string): string {
	if (j <= i) return '';
	return src.slice(tokens[i]!.start, tokens[j - 1]!.end);
}

export function isRunStart(tokens: Token[], i: number): boolean {
	const n = tokens[i + 1];
	return (
		tokens[i]!.lower === 'the' && n !== undefined && !n.quoted && n.cap && !CAP_STOP.has(n.lower)
	);
}

/** A capitalised word that is neither a title, an organisation word nor a place. */
export function plainName(t: Token): boolean {
	const f = factsOf(t.t);
	return f.name && !f.title && !f.org && !f.media && !f.place && !CAP_STOP.has(t.lower);
}

/** End of the capitalised run starting at token i: "Bank of England", "Lula da Silva". */
export function runEnd(tokens: Token[], i: number): number {
	let j = i + 1;
	while (j < tokens.length) {
		const t = tokens[j]!;
		if (t.quoted) break;
		if (t.cap && !CAP_STOP.has(t.lower)) {
			if (isPossessive(tokens[j - 1]!.t) && !placeOf(tokens[j - 1]!.t)) break;
			j++;
			continue;
		}
		if (t.cap && CAP_STOP.has(t.lower) && t.lower === 'the' && tokens[j - 1]!.lower !== 'of') break;
		if (PARTICLES.has(t.lower) && !t.cap && plainName(tokens[j - 1]!)) {
			let k = j + 1;
			while (tokens[k] && PARTICLES.has(tokens[k]!.lower) && k < j + 3) k++;
			const n = tokens[k];
			if (n && !n.quoted && plainName(n)) {
				j = k + 1;
				continue;
			}
		}
		if (CONNECT.has(t.lower) && !isPossessive(tokens[j - 1]!.t)) {
			// "Tom Alder of Ohio", "Tom P. Alder Jr. of Ohio": a personal name ends before "of".
			if (j - i >= 2 && t.lower !== 'and' && endsPersonalName(tokens, i, j)) break;
			let k = j + 1;
			if (tokens[k]?.lower === 'the') k++;
			const n = tokens[k];
			// "the School District and the Teachers Union": "and the" starts a second name.
			if (
				t.lower === 'and' &&
				n &&
				(k > j + 1 || isTitle(n.t) || placeOf(n.t) || tokens.slice(i, j).some((x) => isTitle(x.t)))
			)
				break;
			if (n && !n.quoted && n.cap && !CAP_STOP.has(n.lower)) {
				j = k;
				continue;
			}
		}
		break;
	}
	return j;
}

/** Whether tokens [i, j) end in a personal name of two words or more: "Dana Holt", "Dana P. Holt Jr.". */
function endsPersonalName(tokens: Token[], i: number, j: number): boolean {
	let k = j - 1;
	if (k > i && /^(?:Jr|Sr|II|III|IV)\.?$/.test(tokens[k]!.t)) k--;
	if (!plainName(tokens[k]!)) return false;
	const before = tokens[k - 1];
	if (k - 1 < i || !before) return false;
	if (plainName(before)) return true;
	return /^\p{Lu}\.$/u.test(before.t) && k - 2 >= i && plainName(tokens[k - 2]!);
}

export const SUFFIXES =
	/^(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|AG|SA|GmbH|Group|Holdings|Technologies|Technology|Systems|Industries|Enterprises|International|Company)\.?$/;
