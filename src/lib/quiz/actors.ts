/** Who is who in a bank: one actor under several names, and who speaks for whom, as fast lookups. */
import type { Bank } from '$lib/extract/types';

export interface Actors {
	/** The canonical id of the actor an entity names. */
	actor(id: string): string;
	/** Every entity id that names the same actor as `id`, `id` included. */
	names(id: string): string[];
	/** Actors `id` speaks for or belongs to, transitively (not including its own actor). */
	ancestors(id: string): Set<string>;
	/** Same actor, or one an ancestor of the other: both could defend the same answer. */
	related(a: string, b: string): boolean;
}

const cache = new WeakMap<Bank, Actors>();

function build(bank: Bank): Actors {
	const parent = new Map<string, string>();
	const find = (id: string): string => {
		let root = id;
		while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
		return root;
	};
	const relations = bank.relations ?? [];
	for (const r of relations) {
		if (r.type !== 'same-as') continue;
		const [a, b] = [find(r.from), find(r.to)];
		// The smaller id becomes the root, so the result never depends on the order of relations.
		if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
	}
	const up = new Map<string, Set<string>>();
	for (const r of relations) {
		if (r.type !== 'speaks-for') continue;
		const [a, b] = [find(r.from), find(r.to)];
		if (a === b) continue;
		if (!up.has(a)) up.set(a, new Set());
		up.get(a)!.add(b);
	}
	const members = new Map<string, string[]>();
	for (const id of Object.keys(bank.entities)) {
		const root = find(id);
		members.set(root, [...(members.get(root) ?? []), id]);
	}
	const ancestorCache = new Map<string, Set<string>>();
	const ancestors = (id: string): Set<string> => {
		const root = find(id);
		let hit = ancestorCache.get(root);
		if (hit) return hit;
		hit = new Set();
		const stack = [...(up.get(root) ?? [])];
		while (stack.length) {
			const next = stack.pop()!;
			// A cycle in the relations (a review mistake) must not loop forever or make one its own parent.
			if (next === root || hit.has(next)) continue;
			hit.add(next);
			stack.push(...(up.get(next) ?? []));
		}
		ancestorCache.set(root, hit);
		return hit;
	};
	return {
		actor: find,
		names: (id) => members.get(find(id)) ?? [id],
		ancestors,
		related(a, b) {
			const [ra, rb] = [find(a), find(b)];
			return ra === rb || ancestors(ra).has(rb) || ancestors(rb).has(ra);
		}
	};
}

export function actorsOf(bank: Bank): Actors {
	let hit = cache.get(bank);
	if (!hit) {
		hit = build(bank);
		cache.set(bank, hit);
	}
	return hit;
}
