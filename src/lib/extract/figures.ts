/** Stage: figures — numbers in words or digits, found word by word, one figure per span. */
import type { Figure, FigureKind, Span } from './types';
import { digitFigureAt } from './figure-digits';
import { isCurrencySign } from './figure-number';
import { isWordCode } from './chars';
import { isLetter, wordFigureAt } from './figure-words';

/** A figure as found: the article reader fills in its id, text, paragraph, sentence and claimant. */
export type FigureSpan = Figure;

/** No sentence yet: the article reader sets each figure's own. */
const NO_SENTENCE: Span = { start: 0, end: 0 };

/**
 * Figures name no relays, and most quotes none: all of them share this one frozen, empty list. A dense
 * text makes hundreds of thousands of figures or quotes, each kept to the end: each object fewer counts.
 */
export const NO_RELAYS = Object.freeze([]) as readonly string[] as string[];

/**
 * A figure built once, already in the output's shape and property order (one shape, fast to read):
 * the reader fills in its remaining fields in place instead of copying it into a second object.
 */
export function figureSpan(
	start: number,
	end: number,
	value: number,
	unit: string,
	counts: string,
	kind: FigureKind
): FigureSpan {
	return {
		id: '',
		seed: '',
		text: '',
		start,
		end,
		value,
		unit,
		counts,
		kind,
		paragraph: 0,
		sentence: NO_SENTENCE,
		claimantId: null,
		claimant: null,
		via: NO_RELAYS
	};
}

/** A figure found at a position, or none; either way, the index the scan resumes after. */
export interface Found {
	fig: FigureSpan | null;
	next: number;
}

/** Whether [a, b) overlaps a figure found already; maxEnd[n] is the largest end among out[0..n]. */
function overlapsFound(out: FigureSpan[], maxEnd: number[], a: number, b: number): boolean {
	for (let n = out.length - 1; n >= 0 && maxEnd[n]! > a; n--)
		if (out[n]!.start < b && a < out[n]!.end) return true;
	return false;
}

/** Find figures in paragraph text[s, e). */
export function findFigures(text: string, s: number, e: number): FigureSpan[] {
	const out: FigureSpan[] = [];
	// The largest end among out[0..n]: the scan back stops where nothing earlier can reach `a`, so
	// figures found in text order cost O(1) each however densely they sit.
	const maxEnd: number[] = [];
	for (let i = s; i < e; i++) {
		if (i > s && isWordCode(text.charCodeAt(i - 1))) continue;
		const code = text.charCodeAt(i);
		let found: Found | null = null;
		if (isLetter(code)) found = wordFigureAt(text, i, s, e);
		else if (
			(code >= 48 && code <= 57) ||
			isCurrencySign(code) ||
			(code > 127 && /\p{N}/u.test(text[i]!))
		)
			found = digitFigureAt(text, i, s, e);
		if (!found) continue;
		const f = found.fig;
		if (f && !overlapsFound(out, maxEnd, f.start, f.end)) {
			maxEnd.push(Math.max(f.end, maxEnd.at(-1) ?? 0));
			out.push(f);
		}
		i = found.next;
	}
	// One pass, in place (no second array per paragraph): twelve significant digits hide float noise
	// ("0.07" from 7 / 100), whole numbers have none; a number past the safe range (e.g. "$" and
	// 1,000 nines) cannot be stated exactly: not a figure.
	let kept = 0;
	let sorted = true;
	for (const f of out) {
		if (!Number.isInteger(f.value) || Math.abs(f.value) >= 1e12)
			f.value = Number(f.value.toPrecision(12));
		if (!Number.isFinite(f.value) || Math.abs(f.value) > Number.MAX_SAFE_INTEGER) continue;
		if (kept > 0 && out[kept - 1]!.start > f.start) sorted = false;
		out[kept++] = f;
	}
	// Setting the length calls into the engine: only when a figure was dropped.
	if (kept < out.length) out.length = kept;
	// Figures are found in text order, so the (stable) sort is rarely needed.
	return sorted ? out : out.sort((a, b) => a.start - b.start);
}
