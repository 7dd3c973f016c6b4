/**
 * Property-test settings: an explicit number of runs and a fixed seed, so every machine checks the same
 * cases and a failure replays anywhere. FC_RUNS multiplies the runs for a longer search
 * (`FC_RUNS=10 npx vitest run`); FC_SEED picks other cases. Test code only: the app never imports it.
 */
import type { Parameters } from 'fast-check';

const DEFAULT_SEED = 20141019;

function positiveNumber(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value <= 0) {
		throw new Error(`${name} must be a positive number, not "${raw}".`);
	}
	return value;
}

/** fast-check parameters for `numRuns` cases (times FC_RUNS), from the fixed or FC_SEED seed. */
export function runs<T = unknown>(numRuns: number): Parameters<T> {
	return {
		numRuns: Math.max(1, Math.round(numRuns * positiveNumber('FC_RUNS', 1))),
		seed: Math.trunc(positiveNumber('FC_SEED', DEFAULT_SEED))
	};
}
