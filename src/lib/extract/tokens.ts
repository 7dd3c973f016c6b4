/** Tokens: words and punctuation with offsets, flagged when inside a quote. */
import type { Span } from './types';
import { isAsciiAlnum, isApostrophe, isNonAsciiMark, isSpaceCode, startsUpper } from './chars';

export interface Token extends Span {
	t: string;
	lower: string;
	/** Starts with a capital letter (or is a dotted abbreviation like U.S.). */
	cap: boolean;
	word: boolean;
	/** Inside a quotation (reporter's words are outside). */
	quoted: boolean;
	/** Index of the sentence in the paragraph. */
	sent: number;
}

/** What a token is; tokenize reads plain ASCII by char code to the same effect. */
export const TOKEN =
	/(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Prof|Rev|Hon|Sr|Jr|St)\.(?=\s)|\p{Lu}\.(?=\s\p{Lu})|(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}]+(?:[-'’&.][\p{L}\p{N}]+)*(?:['’](?![\p{L}]))?|\S/gu;

const isS = (c: number): boolean => c === 115 || c === 83;

/**
 * The token at p (not a space) when plain ASCII decides it as TOKEN would, else null (use TOKEN):
 * a mark that no word pattern opens with is a token alone; a run of ASCII letters and digits is one
 * word when the character after it is ASCII and none of "-'&." (which could join, dot or end it),
 * or an apostrophe with no word after it.
 */
function asciiTokenAt(slice: string, p: number): string | null {
	const c = slice.charCodeAt(p);
	if (c >= 128) return null;
	if (!isAsciiAlnum(c)) return slice[p]!;
	let k = p + 1;
	while (k < slice.length && isAsciiAlnum(slice.charCodeAt(k))) k++;
	// NaN past the end, which no test below matches.
	const n = slice.charCodeAt(k);
	const m = slice.charCodeAt(k + 1);
	// An apostrophe closing the word ("‘A’ ", "votes’,"): TOKEN takes it, tokenize keeps it after an s.
	if (isApostrophe(n) && !(m >= 128 || isAsciiAlnum(m)))
		return slice.slice(p, isS(slice.charCodeAt(k - 1)) ? k + 1 : k);
	if (n >= 128 || n === 45 || n === 39 || n === 38 || n === 46) return null;
	return slice.slice(p, k);
}

/** Tokenize text[s, e); quotes are content spans (marks included by widening by one). */
export function tokenize(
	text: string,
	s: number,
	e: number,
	sentences: Span[],
	quotes: Span[]
): Token[] {
	const out: Token[] = [];
	const slice = text.slice(s, e);
	let si = 0;
	let qi = 0;
	let p = 0;
	for (;;) {
		while (p < slice.length && isSpaceCode(slice.charCodeAt(p))) p++;
		if (p >= slice.length) break;
		const c0 = slice.charCodeAt(p);
		// A curly quote or dash is a token alone, as TOKEN's last branch reads it.
		let t = isNonAsciiMark(c0) ? slice[p]! : asciiTokenAt(slice, p);
		if (t === null) {
			TOKEN.lastIndex = p;
			t = TOKEN.exec(slice)![0];
			// A trailing apostrophe belongs to a possessive plural ("workers'") only after s.
			if (
				t.length > 1 &&
				isApostrophe(t.charCodeAt(t.length - 1)) &&
				!isS(t.charCodeAt(t.length - 2))
			)
				t = t.slice(0, -1);
		}
		const start = s + p;
		const end = start + t.length;
		p += t.length;
		while (si < sentences.length - 1 && sentences[si]!.end <= start) si++;
		while (qi < quotes.length && quotes[qi]!.end + 1 <= start) qi++;
		const q = quotes[qi];
		const quoted = q !== undefined && start >= q.start - 1 && end <= q.end + 1;
		const word = c0 < 128 ? isAsciiAlnum(c0) : !isNonAsciiMark(c0) && /[\p{L}\p{N}]/u.test(t);
		const cap = word && startsUpper(t);
		// A mark (an ASCII one, or a curly quote or dash) is its own lowercase: no copy is made.
		const lower = word || (c0 >= 128 && !isNonAsciiMark(c0)) ? t.toLowerCase() : t;
		out.push({ start, end, t, lower, cap, word, quoted, sent: si });
	}
	return out;
}
