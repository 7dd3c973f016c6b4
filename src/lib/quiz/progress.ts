/** Quiz progress as URL parameters: the seed, an optional practice list, and the answers so far as a token. */
import { decodeResult, encodeResult, LIMITS, type ResultAnswer, type ResultMeta } from './token';

export const MAX_SEED = 0xffffffff;

export interface Progress {
	seed: number;
	/** Question ids of a practice round ("the ones I missed"), or null for the full quiz. */
	only: string[] | null;
	answers: ResultAnswer[];
	/** Set once the round is finished: its day, practice flag, attempt and minutes, for the results link. */
	meta?: ResultMeta;
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
	const { answers, meta } = decoded.result;
	return { ok: true, progress: meta ? { seed, only, answers, meta } : { seed, only, answers } };
}

/** `meta` goes only into a finished round's results link (day, practice…): in-progress links stay version 1. */
export function progressToken(module: string, progress: Progress, meta?: ResultMeta): string {
	return encodeResult({ version: 1, module, seed: progress.seed, answers: progress.answers, meta });
}

/** A round left open longer than a day still counts as a day: the token holds at most this. */
const MAX_MINUTES = LIMITS.minutes;

/**
 * What the server knows when a round is finished: the day, whether it was a practice round, and,
 * when the browser kept them (the round cookie), the attempt number and the minutes since the first
 * question was shown (rounded, at most a day).
 */
export function finishMeta(
	progress: Progress,
	now = new Date(),
	kept: { attempt?: number; startedAt?: number } = {}
): ResultMeta {
	const meta: ResultMeta = {
		day: now.toISOString().slice(0, 10),
		practice: progress.only !== null
	};
	if (kept.attempt !== undefined) meta.attempt = Math.min(kept.attempt, LIMITS.attempt);
	if (kept.startedAt !== undefined && kept.startedAt <= now.getTime()) {
		meta.minutes = Math.min(Math.round((now.getTime() - kept.startedAt) / 60_000), MAX_MINUTES);
	}
	return meta;
}

/** The quiz page URL for this progress; `feedback` shows the verdict on the last answer. */
export function progressUrl(module: string, progress: Progress, feedback = false): string {
	const params = new URLSearchParams({ seed: String(progress.seed) });
	if (progress.only) params.set('only', progress.only.join(','));
	if (progress.answers.length > 0) params.set('a', progressToken(module, progress, progress.meta));
	if (feedback) params.set('fb', '1');
	return `/quiz/${module}?${params}`;
}
