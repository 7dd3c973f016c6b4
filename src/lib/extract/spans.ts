/** Span look-ups by binary search over sorted, non-overlapping spans (sentences, quotes). */
import type { Span } from './types';

/** The first k in [0, n) for which `before(k)` is false, where it is true up to some k and false
 *  after: binary search. */
export function lowerBound(n: number, before: (k: number) => boolean): number {
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (before(mid)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Index of the first span (sorted, non-overlapping) ending after `offset`. */
export const firstEndingAfter = (spans: readonly Span[], offset: number): number =>
	lowerBound(spans.length, (k) => spans[k]!.end <= offset);

/** The sentence wholly holding `x`, if one does. */
export function sentenceHolding(sents: readonly Span[], x: Span): Span | undefined {
	const s = sents[firstEndingAfter(sents, x.start)];
	return s && s.start <= x.start && x.end <= s.end ? s : undefined;
}

/** From the first to the last sentence overlapping `x`, or undefined when none does. */
export function sentencesOver(sents: readonly Span[], x: Span): Span | undefined {
	let i = firstEndingAfter(sents, x.start);
	if (i >= sents.length || sents[i]!.start >= x.end) return undefined;
	const first = sents[i]!;
	while (i + 1 < sents.length && sents[i + 1]!.start < x.end) i++;
	// Within one sentence, that sentence itself: a quote a word long costs no new object.
	return sents[i] === first ? first : { start: first.start, end: sents[i]!.end };
}

/** Index of the paragraph quote (sorted by start) wholly holding the figure, or -1. */
export function quoteHolding(quotes: readonly Span[], f: Span): number {
	const k = lowerBound(quotes.length, (k) => quotes[k]!.end < f.end);
	const x = quotes[k];
	return x && x.start <= f.start && f.end <= x.end ? k : -1;
}
