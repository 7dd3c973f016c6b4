/** Class links: a module and a seed, nothing else, so no one's answers ever travel with a handed-out link. */
import { MAX_SEED, parseSeed } from '$lib/quiz/progress';

export function classLinkPath(module: string, seed: number): string {
	return `/quiz/${encodeURIComponent(module)}?seed=${seed}`;
}

/** A seed anyone can type: short enough to read off a board. */
export function drawSeed(): number {
	return 1 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 9999);
}

export type SeedChoice = { ok: true; seed: number | null } | { ok: false; error: string };

/** An empty seed means "draw one"; anything else must be a whole number in range. */
export function readSeedChoice(raw: string | null): SeedChoice {
	const trimmed = (raw ?? '').trim();
	if (trimmed === '') return { ok: true, seed: null };
	const seed = parseSeed(trimmed);
	return seed === null
		? {
				ok: false,
				error: `The seed must be a whole number from 0 to ${MAX_SEED}, not “${trimmed}”.`
			}
		: { ok: true, seed };
}
