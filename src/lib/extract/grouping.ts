/** Grouping helpers: lists kept under keys, and disjoint sets of items. */

/** Pushes `value` to the list under `key`. */
export const listAdd = <K, V>(lists: Map<K, V[]>, key: K, value: V): number =>
	(lists.get(key) ?? lists.set(key, []).get(key)!).push(value);

export interface DisjointSets<T> {
	find(x: T): T;
	union(a: T, b: T): void;
	/** Each set's items in the items' order, the sets in order of their first item; an item given twice
	 *  is one. */
	sets(): T[][];
}

/** Union-find with path halving: iterative, so a chain of many thousands cannot overflow the stack. */
export function disjointSets<T>(items: T[]): DisjointSets<T> {
	const parent = new Map(items.map((x) => [x, x]));
	const find = (x: T): T => {
		for (let p: T; (p = parent.get(x)!) !== x;) parent.set(x, (x = parent.get(p)!));
		return x;
	};
	return {
		find,
		union: (a, b) => void parent.set(find(a), find(b)),
		sets: () => {
			const out = new Map<T, T[]>();
			for (const x of parent.keys()) listAdd(out, find(x), x);
			return [...out.values()];
		}
	};
}
