/** Seeded randomness for quizzes: a string hash and a small PRNG, so a quiz is the same on every machine. */
import { fnv1a32 } from '../hash';

/** FNV-1a of the parts joined by a unit separator. */
export function hash(...parts: (string | number)[]): number {
	return fnv1a32(parts.join('\u001f'));
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
