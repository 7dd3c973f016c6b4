/** Quiz progress as URL parameters: the seed, an optional practice list, and the answers so far as a token. */
import { decodeResult, encodeResult, type ResultAnswer, type ResultMeta } from './token';

export const MAX_SEED = 0xffffffff;

export interface Progress {
	seed: number;
	/** Question ids of a practice round ("the ones I missed"), or null for the full quiz. */
	only: string[] | null;
	answers: ResultAnswer[];
}

export type Parsed = { ok: true; progress: Progress } | { ok: false; error: string };

export function parseSeed(raw: string | null): number | null {
	if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
	const seed = Number(raw);
	return seed <= MAX_SEED ? seed : null;
}

/** Reads progress from a quiz URL's search parameters (or a form), never throwing. */
export function parseProgress(module: string, params: URLSearchParams): Parsed {
	const seed = parseSeed(params.get('seed'));
	if (seed === null) {
		return { ok: false, error: 'The quiz number (seed) in this link must be a whole number.' };
	}
	const onlyRaw = params.get('only');
	const only = onlyRaw ? onlyRaw.split(',').filter(Boolean).slice(0, 200) : null;
	const token = params.get('a');
	if (!token) return { ok: true, progress: { seed, only, answers: [] } };
	const decoded = decodeResult(token);
	if (!decoded.ok) return { ok: false, error: decoded.error.replace('results link', 'quiz link') };
	if (decoded.result.module !== module || decoded.result.seed !== seed) {
		return { ok: false, error: 'The answers in this link belong to a different quiz.' };
	}
	return { ok: true, progress: { seed, only, answers: decoded.result.answers } };
}

/** `meta` goes only into a finished round's results link (day, practice…): in-progress links stay version 1. */
export function progressToken(module: string, progress: Progress, meta?: ResultMeta): string {
	return encodeResult({ version: 1, module, seed: progress.seed, answers: progress.answers, meta });
}

/** What the server knows when a round is finished: the day, and whether it was a practice round. */
export function finishMeta(progress: Progress, now = new Date()): ResultMeta {
	return { day: now.toISOString().slice(0, 10), practice: progress.only !== null };
}

/** The quiz page URL for this progress; `feedback` shows the verdict on the last answer. */
export function progressUrl(module: string, progress: Progress, feedback = false): string {
	const params = new URLSearchParams({ seed: String(progress.seed) });
	if (progress.only) params.set('only', progress.only.join(','));
	if (progress.answers.length > 0) params.set('a', progressToken(module, progress));
	if (feedback) params.set('fb', '1');
	return `/quiz/${module}?${params}`;
}
