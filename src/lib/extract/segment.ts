/** Segmentation: sentences within a paragraph; abbreviations like "U.S." or "Inc." do not end one. */
import type { Span } from './types';
import { ABBREVIATIONS, CAP_STOP, set, US_STATES } from './lexicon';
import { isAsciiAlnum, isAsciiLetter, isSpaceCode } from './chars';

const TITLES = set('mr mrs ms dr prof sen rep gov gen col lt sgt capt st rev');
const CLOSERS = '"”’\')]';

/** US_STATES without their final period ("calif" for "calif."), to look a word up as it is. */
const STATE_STEMS = new Set(
	[...US_STATES].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1))
);

/** `[\p{L}\p{N}.]` for one code unit: ASCII by its code, others by the Unicode class. */
export const isWordOrDot = (text: string, k: number): boolean => {
	const c = text.charCodeAt(k);
	return c < 128 ? isAsciiAlnum(c) || c === 46 : /[\p{L}\p{N}.]/u.test(text[k]!);
};

/** The word (letters and dots) ending just before index i (exclusive). */
function wordBefore(text: string, i: number): string {
	let s = i;
	while (s > 0 && isWordOrDot(text, s - 1)) s--;
	return text.slice(s, i);
}

/** The letters and digits at i (at most 40): ASCII by char code, the rest by the Unicode pattern. */
export function nextWord(text: string, i: number): string {
	const lim = Math.min(text.length, i + 40);
	let k = i;
	for (; k < lim; k++) {
		const c = text.charCodeAt(k);
		if (c >= 128) {
			const m = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
			return m ? m[0] : '';
		}
		if (!isAsciiAlnum(c)) break;
	}
	return text.slice(i, k);
}

/** Whether the period at index i ends a sentence. */
function periodEnds(text: string, i: number, next: number): boolean {
	const w = wordBefore(text, i);
	const lower = w.toLowerCase();
	if (TITLES.has(lower)) return false;
	const nxt = nextWord(text, next);
	// Both patterns open with a letter: a word of digits ("in 2019.") is never dotted.
	const c0 = w.charCodeAt(0);
	const dotted =
		(c0 >= 128 || isAsciiLetter(c0)) && (/^(?:\p{L}\.)+\p{L}?$/u.test(w) || /^\p{Lu}$/u.test(w));
	if (dotted || ABBREVIATIONS.has(lower) || STATE_STEMS.has(lower)) {
		// "in the U.S. The report..." ends; "U.S. President" and "Calif.-based" do not.
		return CAP_STOP.has(nxt.toLowerCase()) && nxt.length > 1;
	}
	return true;
}

/** Sentence spans (absolute offsets) of the text between start and end. */
export function sentences(text: string, start: number, end: number): Span[] {
	const out: Span[] = [];
	let s = start;
	let i = start;
	while (i < end) {
		// By char code: most characters end no sentence, and need no one-character string.
		const code = text.charCodeAt(i);
		if (code === 46 || code === 33 || code === 63 || code === 0x2026) {
			const c = text[i]!;
			let j = i + 1;
			while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
			while (j < end && CLOSERS.includes(text[j]!)) j++;
			let k = j;
			while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
			const ellipsis = j - i >= 3 || c === '…';
			const boundary =
				k > j &&
				k < end &&
				/["“‘'([\p{Lu}\p{N}]/u.test(text[k]!) &&
				(c !== '.' || ellipsis || periodEnds(text, i, k));
			if (boundary) {
				pushTrimmed(out, text, s, j);
				s = k;
				i = k;
				continue;
			}
			i = j;
			continue;
		}
		i++;
	}
	pushTrimmed(out, text, s, end);
	return out;
}

/** Adds text[s, e) without its outer white space to out, unless nothing is left. */
function pushTrimmed(out: Span[], text: string, s: number, e: number): void {
	while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
	while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
	if (e > s) out.push({ start: s, end: e });
}
