/** Stage of figures: the words around a number — what it counts, its unit, the word before it. */
import { GROUP_NOUNS, set, TIME_UNITS } from './lexicon';
import { FUNCTION_WORDS } from './words';
import { isAsciiAlnum, isSpaceAt } from './chars';

const PEOPLE = new Set([
	...[...GROUP_NOUNS].filter((w) => w !== 'families'),
	...'people persons individuals members staff citizens men women children defendants suspects hackers agents spies'.split(
		' '
	)
]);
/** Function words that end the noun phrase a number counts ("and" and "or" may join one: "5 men and
 *  women"), and the adverbs, prepositions and time words that also end it. */
export const STOP = new Set([
	...[...FUNCTION_WORDS].filter((w) => w !== 'and' && w !== 'or'),
	...set(
		`above across ago along alongside already altogether always among amongst annually apiece around ` +
			`behind being below beyond can currently despite each earlier far globally inside last later like ` +
			`my nationwide near never next now offline often online onto outside overall per recently ` +
			`reportedly respectively shall throughout toward towards under upon usually via worldwide your`
	)
]);
/**
 * Words after position i, with their offsets: at most n, and none past the first word without a
 * letter (the noun phrase ends there), so a run of bare numbers costs one word each.
 */
function wordsAt(
	text: string,
	i: number,
	end: number,
	n: number
): { w: string; s: number; e: number }[] {
	const out: { w: string; s: number; e: number }[] = [];
	const re = WORD_OR_MARK;
	re.lastIndex = i;
	let m: RegExpExecArray | null;
	while (out.length < n && (m = re.exec(text)) !== null && m.index < end) {
		let w = m[0];
		const stop = /[.]$/.test(w) && w.length > 1 && !/^(?:\p{L}\.)+$/u.test(w);
		if (stop) w = w.slice(0, -1);
		out.push({ w, s: m.index, e: m.index + w.length });
		if (stop) out.push({ w: '.', s: m.index + w.length, e: m.index + w.length + 1 });
		if (stop || !HAS_LETTER.test(w)) break;
	}
	return out;
}

/** A word or a mark that ends a noun phrase (one shared instance: each search sets lastIndex). */
const WORD_OR_MARK = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,.;:()"“”]/gu;
const HAS_LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{N}.'’-]/u;
const WORD_START = /[\p{L}\p{N}]/u;

/** The word just before index i (a "#" and spaces between skipped), scanning back at most 40
 *  characters; a backward scan, since an end-anchored regex would backtrack on every start. */
export function prevWord(text: string, i: number, start: number): string {
	const lo = Math.max(start, i - 40);
	let e = i;
	if (e > lo && text[e - 1] === '#') e--;
	while (e > lo && isSpaceAt(text, e - 1)) e--;
	let b = e;
	while (b > lo && isWordPart(text.charCodeAt(b - 1))) b--;
	while (b < e && !isWordStart(text.charCodeAt(b))) b++;
	if (b >= e) return '';
	return text.slice(b, text.charCodeAt(e - 1) === 46 ? e - 1 : e);
}

/** WORD_PART for one code unit: ASCII by its code, others by the Unicode class. */
const isWordPart = (c: number): boolean =>
	c < 128
		? isAsciiAlnum(c) || c === 46 || c === 39 || c === 45
		: WORD_PART.test(String.fromCharCode(c));

/** WORD_START for one code unit. */
const isWordStart = (c: number): boolean =>
	c < 128 ? isAsciiAlnum(c) : WORD_START.test(String.fromCharCode(c));

/** Marks that WORD_OR_MARK matches alone, by char code: each ends the noun phrase at once. */
const isEndingMark = (c: number): boolean =>
	c === 44 || c === 46 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34;

/** Possessives and "the", the only function words a counted phrase may open with: "5 of its". */
const OPENS_PHRASE = set('its the their his her');

/** A word that ends the phrase before it: one with no letter, or another number ("$1m"), unless
 *  hyphenated ("18-hole courses"). */
const endsPhrase = (w: string): boolean => !HAS_LETTER.test(w) || NUMBER_WORD.test(w);
const NUMBER_WORD = /^\d[^-]*$/;

/**
 * Whether the first word WORD_OR_MARK finds from i surely ends the phrase at once, so that nothing is
 * counted: a mark, a word that ends the phrase, or a function word ("1 a 1 a"). The common cases
 * among dense numbers, decided without a regex. False means "read the words".
 */
export function nothingCountedAt(text: string, i: number, end: number): boolean {
	let k = i;
	// Spaces and ASCII symbols the pattern does not match are skipped, as its search does.
	for (; k < end; k++) {
		const c = text.charCodeAt(k);
		if (c >= 128 || isAsciiAlnum(c) || isEndingMark(c)) break;
	}
	if (k >= end) return false;
	if (isEndingMark(text.charCodeAt(k))) return true;
	const a = k;
	for (; k < text.length; k++) {
		const c = text.charCodeAt(k);
		if (!(isAsciiAlnum(c) || c === 39 || c === 46 || c === 45)) break;
	}
	// A character beyond ASCII may go on the word: then it is read in full.
	if (k === a || text.charCodeAt(k) >= 128) return false;
	const w = text.slice(a, k).toLowerCase();
	return (STOP.has(w) && !OPENS_PHRASE.has(w)) || endsPhrase(w);
}

/** The noun phrase a number counts, read from the words after it. */
export function countsAfter(
	text: string,
	i: number,
	end: number
): { counts: string; endAt: number } {
	return nothingCountedAt(text, i, end) ? { counts: '', endAt: i } : countsFrom(text, i, end);
}

/** countsAfter without its shortcut: every word read. */
export function countsFrom(
	text: string,
	i: number,
	end: number
): { counts: string; endAt: number } {
	const ws = wordsAt(text, i, end, 8);
	const kept: { w: string; s: number; e: number }[] = [];
	for (let n = 0; n < ws.length; n++) {
		const x = ws[n]!;
		const lw = x.w.toLowerCase();
		if (endsPhrase(x.w)) break;
		// "two candidates agree on": after a plural noun, a bare word before a function word is a verb.
		const prevW = kept.at(-1)?.w ?? '';
		const nextW = ws[n + 1]?.w.toLowerCase() ?? '';
		if (
			/[a-z]{3}s$/.test(prevW) &&
			/^[a-z]+$/.test(x.w) &&
			!/s$/.test(lw) &&
			STOP.has(nextW) &&
			!STOP.has(lw)
		)
			break;
		if (STOP.has(lw) && !(kept.length === 0 && OPENS_PHRASE.has(lw))) {
			if (lw !== 'or' || kept.length === 0) break;
		}
		if (lw === 'and' && kept.length) break;
		if (/(?:ing|ed)$/.test(lw) && kept.length > 0) break;
		if (TIME_UNITS.has(lw) && kept.length === 0) {
			kept.push(x);
			break;
		}
		kept.push(x);
		if (kept.length >= 6) break;
	}
	while (kept.length && /^(?:or|and|its|the|their)$/i.test(kept[kept.length - 1]!.w)) kept.pop();
	if (!kept.length) return { counts: '', endAt: i };
	return {
		counts: text.slice(kept[0]!.s, kept.at(-1)!.e),
		endAt: kept.at(-1)!.e
	};
}

export function unitOf(counts: string): string {
	if (!counts) return 'items';
	const ws = counts.toLowerCase().match(/\S+/g) ?? [];
	const last = ws.at(-1) ?? '';
	if (PEOPLE.has(last)) return 'people';
	return last.replace(/[^a-z-]/g, '') || 'items';
}
