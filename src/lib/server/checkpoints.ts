/** Explainer checkpoints: questions from the quiz engine, by question id (`<bank item>.<kind>`). */
import type { Bank } from '$lib/extract/types';
import type { Checkpoint } from '$lib/explainer/evidence';

// TEMPORARY until the quiz branch merges: no generator to call yet, so checkpoints render nothing.
export function checkpointFor(_bank: Bank, _id: string): Checkpoint | null {
	return null;
}
