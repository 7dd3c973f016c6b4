/** Links: the same words or the same figure reported by several articles, with their differences. */
import type { Figure, Link, Quote } from './types';
import { fnv1a } from './ids';
import { figureGroups, quoteGroups } from './link-groups';

/** Word-level changes from `a` to `b`, e.g. `"Internet" → "internet"`, `+ "reportedly"`. */
export function wordChanges(a: string, b: string): string[] {
	if (a === b) return []; // a wording repeated many times costs no table
	const wa = a.match(/\S+/g) ?? [];
	const wb = b.match(/\S+/g) ?? [];
	const n = wa.length;
	const w = wb.length + 1;
	if (n * w > 250000 + n) return ['reworded']; // over 250,000 pairs of words: not compared
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

/** A link for each set of items from at least two articles: members by article, then by id. */
function toLinks<T extends { id: string; seed: string }>(
	sets: T[][],
	type: 'quote' | 'figure',
	diff: (a: T, b: T) => string[]
): Link[] {
	const links: Link[] = [];
	for (const members of sets) {
		if (!members[1]) continue; // a set of one item, by far the most, links nothing
		const seeds = [...new Set(members.map((m) => m.seed))].sort();
		if (seeds.length < 2) continue;
		members.sort((a, b) => a.seed.localeCompare(b.seed) || a.id.localeCompare(b.id));
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
	const quoteDiff = (a: Quote, b: Quote): string[] => {
		const ch = wordChanges(a.text, b.text);
		if (a.speakerId !== b.speakerId)
			ch.push(`speaker ${a.speaker ?? 'unknown'} → ${b.speaker ?? 'unknown'}`);
		return ch;
	};
	const figureDiff = (a: Figure, b: Figure): string[] => {
		const ch: string[] = [];
		if (a.text !== b.text) ch.push(`"${a.text}" → "${b.text}"`);
		if (a.counts !== b.counts) ch.push(`counts "${a.counts}" → "${b.counts}"`);
		if (a.claimantId !== b.claimantId)
			ch.push(`claimant ${a.claimant ?? 'the outlet'} → ${b.claimant ?? 'the outlet'}`);
		return ch;
	};
	return [
		...toLinks(quoteGroups(quotes), 'quote', quoteDiff),
		...toLinks(figureGroups(figures), 'figure', figureDiff)
	];
}
