/** A small least-recently-used cache: a Map keeps insertion order, so the first key is the oldest. */
export class Lru<K, V> {
	readonly #items = new Map<K, V>();

	constructor(readonly capacity: number) {
		if (!Number.isInteger(capacity) || capacity < 1)
			throw new Error('An LRU needs a capacity of 1 or more.');
	}

	get size(): number {
		return this.#items.size;
	}

	get(key: K): V | undefined {
		const value = this.#items.get(key);
		if (value === undefined) return undefined;
		this.#items.delete(key);
		this.#items.set(key, value);
		return value;
	}

	delete(key: K): void {
		this.#items.delete(key);
	}

	set(key: K, value: V): void {
		this.#items.delete(key);
		this.#items.set(key, value);
		while (this.#items.size > this.capacity) {
			const oldest = this.#items.keys().next();
			if (oldest.done) break;
			this.#items.delete(oldest.value);
		}
	}
}
