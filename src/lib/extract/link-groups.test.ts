import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLinks } from './links';
import { figureGroups } from './link-groups';
import { figureAt, quoteAt } from './links.fixture';
import { normWords } from './ids';
import type { Figure, FigureKind, Quote } from './types';

/**
 * The oracle is the definition, tested pair by pair: two items of different articles are the same
 * when `same` says so, and a link is each connected set spanning two articles or more.
 */
function pairwiseSets<T extends { id: string; seed: string }>(
	items: T[],
	same: (a: T, b: T) => boolean
): string[][] {
	const parent = items.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
	for (let a = 0; a < items.length; a++)
		for (let b = a + 1; b < items.length; b++)
			if (items[a]!.seed !== items[b]!.seed && same(items[a]!, items[b]!))
				parent[find(a)] = find(b);
	const sets = new Map<number, T[]>();
	items.forEach((it, i) => sets.set(find(i), [...(sets.get(find(i)) ?? []), it]));
	return [...sets.values()]
		.filter((s) => new Set(s.map((it) => it.seed)).size > 1)
		.map((s) => s.map((it) => it.id).sort())
		.sort();
}

/** Quotes: the same two or three words, or four words or more with 60 % of the longer shared. */
function sameQuote(a: Quote, b: Quote): boolean {
	const wa = normWords(a.text);
	const wb = normWords(b.text);
	if (wa.length < 4 || wb.length < 4) return wa.length >= 2 && wa.join(' ') === wb.join(' ');
	const left = [...wb];
	let shared = 0;
	for (const w of wa) {
		const k = left.indexOf(w);
		if (k >= 0) {
			shared++;
			left.splice(k, 1);
		}
	}
	return shared / Math.max(wa.length, wb.length) >= 0.6;
}

/** Figures: kind, unit, values within 0.5 %; under ten, a counted word of four letters or more. */
function sameFigure(a: Figure, b: Figure): boolean {
	if (['year', 'date'].includes(a.kind) || a.kind !== b.kind || a.unit !== b.unit) return false;
	const tol = Math.max(Math.abs(a.value), Math.abs(b.value)) * 0.005;
	if (Math.abs(a.value - b.value) > tol) return false;
	if (a.value >= 10 && b.value >= 10) return true;
	const wb = normWords(b.counts);
	return normWords(a.counts).some((w) => w.length > 3 && wb.includes(w));
}

const linked = (links: { type: string; items: string[] }[], type: string): string[][] =>
	links
		.filter((l) => l.type === type)
		.map((l) => [...l.items].sort())
		.sort();

const seed = fc.constantFrom('a.txt', 'b.txt', 'c.txt');
// Few words, so that wordings repeat and overlap often; marks and case that normalising removes.
const wording = fc
	.array(fc.constantFrom('we', 'will', 'not', 'back', 'down', 'We', 'now,', 'now'), {
		minLength: 1,
		maxLength: 8
	})
	.map((ws) => ws.join(' '));

// Quotes drawn from a few wordings, so that one wording often spans several articles.
const quotes = fc
	.array(wording, { minLength: 1, maxLength: 8 })
	.chain((pool) => fc.array(fc.tuple(seed, fc.constantFrom(...pool)), { maxLength: 40 }))
	.map((qs) => qs.map(([seed, text], i) => quoteAt(`q-${i}`, seed, text)));

// Values on and beside the edges of the half-percent tolerance and of ten.
const value = fc.constantFrom(
	...[0, 1, 2, -5, -5.02, -5.03, 9.9, 9.95, 9.97, 10, 10.02, 10.05, 199, 200, 201, 995, 1000, 1005]
);
const figures = fc
	.array(
		fc.record({
			seed,
			value,
			kind: fc.constantFrom<FigureKind>('count', 'count', 'money', 'year', 'date'),
			unit: fc.constantFrom('', '', 'USD'),
			counts: fc.constantFrom('', 'people', 'the people', 'big firms', 'firms and people', 'a lot')
		}),
		{ maxLength: 40 }
	)
	.map((fs) => fs.map(({ seed, ...f }, i) => figureAt(`f-${i}`, seed, f)));

describe('link groups', () => {
	it('link quotes as testing every pair across articles would', () => {
		fc.assert(
			fc.property(quotes, (qs) => {
				expect(linked(buildLinks(qs, []), 'quote')).toEqual(pairwiseSets(qs, sameQuote));
			}),
			{ numRuns: 600 }
		);
	});
	it('link figures as testing every pair across articles would', () => {
		fc.assert(
			fc.property(figures, (fs) => {
				expect(linked(buildLinks([], fs), 'figure')).toEqual(pairwiseSets(fs, sameFigure));
			}),
			{ numRuns: 600 }
		);
	});
	it('reads each figure a bounded number of times, however many are near each other', () => {
		// Every property read is counted: testing each figure against the ones near it, as an earlier
		// sketch did, reads the figures of a dense block a quadratic number of times.
		const reads = (n: number, value: (k: number) => number): number => {
			let count = 0;
			const figures = Array.from({ length: n }, (_, k) => {
				const f = figureAt(`f-${k}`, k % 3 ? 'a.txt' : 'b.txt', {
					value: value(k),
					kind: 'count',
					unit: 'workers',
					counts: 'workers'
				});
				return new Proxy(f, {
					get(target, key, receiver) {
						count++;
						return Reflect.get(target, key, receiver);
					}
				});
			});
			expect(figureGroups(figures).filter((s) => s.length > 1).length).toBeGreaterThan(0);
			return count;
		};
		for (const value of [
			() => 1,
			() => 1000,
			(k: number) => 100_000 + k,
			(k: number) => 2 + k / 1e6
		])
			expect(reads(4000, value) / reads(2000, value)).toBeLessThanOrEqual(2.2);
	});
});
