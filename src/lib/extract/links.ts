/** Links: the same words or the same figure reported by several articles, with their differences. */
import type { Figure, Link, Quote } from './types';
import { fnv1a, normWords } from './ids';

/** Share of words two wordings have in common, against the longer one. */
export function similarity(a: string[], b: string[]): number {
	if (!a.length || !b.length) return 0;
	const counts = new Map<string, number>();
	for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
	let common = 0;
	for (const w of b) {
		const c = counts.get(w) ?? 0;
		if (c > 0) {
			common++;
			counts.set(w, c - 1);
		}
	}
	return common / Math.max(a.length, b.length);
}

/** Word-level changes from `a` to `b`, e.g. `"Internet" → "internet"`, `+ "reportedly"`. */
export function wordChanges(a: string, b: string): string[] {
	if (a === b) return []; // a wording repeated many times costs no table
	const wa = a.match(/\S+/g) ?? [];
	const wb = b.match(/\S+/g) ?? [];
	const n = wa.length;
	const w = wb.length + 1;
	if (n * w > 250000 + n) return ['reworded'];
	// kept[i * w + j]: the most words of wa from i and wb from j that can be kept in order.
	const kept = new Int32Array((n + 1) * w);
	for (let i = n; i--;)
		for (let j = w - 1; j--;)
			kept[i * w + j] =
				wa[i] === wb[j]
					? kept[i * w + w + j + 1]! + 1
					: Math.max(kept[i * w + w + j]!, kept[i * w + j + 1]!);
	const out: string[] = [];
	let del: string[] = [];
	let ins: string[] = [];
	const flush = (): void => {
		if (del.length && ins.length) out.push(`"${del.join(' ')}" → "${ins.join(' ')}"`);
		else if (del.length) out.push(`− "${del.join(' ')}"`);
		else if (ins.length) out.push(`+ "${ins.join(' ')}"`);
		del = [];
		ins = [];
	};
	for (let i = 0, j = 0; i < n || j < w - 1;)
		if (wa[i] === wb[j]) {
			flush();
			i++;
			j++;
		} else if (j < w - 1 && (i >= n || kept[i * w + j + 1]! >= kept[i * w + w + j]!))
			ins.push(wb[j++]!);
		else del.push(wa[i++]!);
	flush();
	return out;
}

/**
 * Links items that `same` pairs across different seeds, by union-find over their indices. Items are
 * grouped by seed first and only pairs from different seeds are tested: one article, the lab's usual
 * bank, costs no pairwise tests at all (testing every pair took minutes on a long paste).
 */
function group<T extends { id: string; seed: string }>(
	items: T[],
	same: (a: T, b: T) => boolean,
	type: 'quote' | 'figure',
	diff: (a: T, b: T) => string[]
): Link[] {
	const parent = items.map((_, i) => i);
	// Iterative, halving the path: a chain of many thousands of links must not overflow the stack.
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	const bySeed = new Map<string, number[]>();
	items.forEach((it, i) => (bySeed.get(it.seed) ?? bySeed.set(it.seed, []).get(it.seed)!).push(i));
	// One article links nothing: no clusters are made (a paste of 250,000 quotes made as many).
	if (bySeed.size < 2) return [];
	const seeds = [...bySeed.values()];
	seeds.forEach((mine, s) => {
		for (const theirs of seeds.slice(s + 1))
			for (const a of mine)
				for (const b of theirs) if (same(items[a]!, items[b]!)) parent[find(a)] = find(b);
	});
	const clusters = new Map<number, T[]>();
	items.forEach((it, i) => {
		const r = find(i);
		if (!clusters.has(r)) clusters.set(r, []);
		clusters.get(r)!.push(it);
	});
	const links: Link[] = [];
	for (const members of clusters.values()) {
		const seeds = [...new Set(members.map((m) => m.seed))].sort();
		if (seeds.length < 2) continue;
		members.sort((a, b) =>
			a.seed === b.seed ? a.id.localeCompare(b.id) : a.seed.localeCompare(b.seed)
		);
		const first = members[0]!;
		links.push({
			id: `l-${fnv1a(type + '\u0000' + first.id)}`,
			type,
			items: members.map((m) => m.id),
			seeds,
			differences: members
				.slice(1)
				.map((m) => ({ item: m.id, against: first.id, changes: diff(first, m) }))
		});
	}
	return links.sort((a, b) => a.id.localeCompare(b.id));
}

/** Link quotes with (nearly) the same words and figures with the same value and unit across seeds. */
export function buildLinks(quotes: Quote[], figures: Figure[]): Link[] {
	// Words are normalised when first compared: one article compares nothing.
	const words = new Map<string, string[]>();
	const wordsOf = (q: Quote): string[] =>
		words.get(q.id) ?? words.set(q.id, normWords(q.text)).get(q.id)!;
	const sameQuote = (a: Quote, b: Quote): boolean => {
		const wa = wordsOf(a);
		const wb = wordsOf(b);
		if (wa.length < 4 || wb.length < 4) return wa.length >= 2 && wa.join(' ') === wb.join(' ');
		return similarity(wa, wb) >= 0.6;
	};
	const quoteDiff = (a: Quote, b: Quote): string[] => {
		const ch = wordChanges(a.text, b.text);
		if ((a.speakerId ?? '') !== (b.speakerId ?? ''))
			ch.push(`speaker ${a.speaker ?? 'unknown'} → ${b.speaker ?? 'unknown'}`);
		return ch;
	};
	const sameFigure = (a: Figure, b: Figure): boolean => {
		if (a.kind === 'year' || a.kind === 'date' || b.kind === 'year' || b.kind === 'date')
			return false;
		if (a.kind !== b.kind || a.unit !== b.unit) return false;
		const tol = Math.max(Math.abs(a.value), Math.abs(b.value)) * 0.005;
		if (Math.abs(a.value - b.value) > tol) return false;
		if (a.value < 10) {
			const wa = new Set(normWords(a.counts));
			return normWords(b.counts).some((w) => wa.has(w) && w.length > 3);
		}
		return true;
	};
	const figureDiff = (a: Figure, b: Figure): string[] => {
		const ch: string[] = [];
		if (a.text !== b.text) ch.push(`"${a.text}" → "${b.text}"`);
		if (a.counts !== b.counts) ch.push(`counts "${a.counts}" → "${b.counts}"`);
		if ((a.claimantId ?? '') !== (b.claimantId ?? ''))
			ch.push(`claimant ${a.claimant ?? 'the outlet'} → ${b.claimant ?? 'the outlet'}`);
		return ch;
	};
	return [
		...group(quotes, sameQuote, 'quote', quoteDiff),
		...group(figures, sameFigure, 'figure', figureDiff)
	];
}
