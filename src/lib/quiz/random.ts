/** Seeded randomness for quizzes: a string hash and a small PRNG, so a quiz is the same on every machine. */

/** FNV-1a, 32-bit, over UTF-16 code units. */
export function hash(...parts: (string | number)[]): number {
	const text = parts.join('\u001f');
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

export interface Rng {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [0, n). */
	int(n: number): number;
	pick<T>(items: readonly T[]): T;
	shuffle<T>(items: readonly T[]): T[];
}

/** Mulberry32 seeded from the hash of the given parts. */
export function rng(...parts: (string | number)[]): Rng {
	let state = hash(...parts);
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	return {
		next,
		int,
		pick: (items) => items[int(items.length)]!,
		shuffle(items) {
			const out = [...items];
			for (let i = out.length - 1; i > 0; i--) {
				const j = int(i + 1);
				[out[i], out[j]] = [out[j]!, out[i]!];
			}
			return out;
		}
	};
}
