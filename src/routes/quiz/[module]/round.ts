/**
 * The round this browser is taking, kept in a cookie (never on the server): once a question is answered,
 * Back, a reload or a re-posted form shows the recorded answer instead of taking a second one.
 */
import type { Cookies } from '@sveltejs/kit';
import { progressToken, type Progress } from '$lib/quiz/progress';
import { decodeResult, type ResultAnswer } from '$lib/quiz/token';

/** Browsers keep about 4 KB a cookie; a longer round simply goes unrecorded. */
const MAX_VALUE = 3500;

const cookieName = (module: string) => `round-${module}`;
const roundKey = (progress: Pick<Progress, 'seed' | 'only'>) =>
	`${progress.seed}|${progress.only?.join(',') ?? ''}`;

function options(url: URL) {
	return {
		path: `/quiz`,
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 7
	};
}

/** Records the answers so far as this browser's round of `module`. */
export function saveRound(cookies: Cookies, url: URL, module: string, progress: Progress) {
	const value = `${roundKey(progress)}|${progressToken(module, progress)}`;
	if (value.length <= MAX_VALUE) cookies.set(cookieName(module), value, options(url));
}

/** Forgets the recorded round, so "take the same quiz again" starts afresh. */
export function forgetRound(cookies: Cookies, url: URL, module: string) {
	cookies.delete(cookieName(module), options(url));
}

function sameAnswer(a: ResultAnswer, b: ResultAnswer) {
	return a.question === b.question && a.answer === b.answer;
}

/**
 * The answers this browser recorded in the round `progress` belongs to, when they go further than
 * `progress` does and agree with it so far; otherwise null.
 */
export function recordedBeyond(cookies: Cookies, module: string, progress: Progress) {
	const value = cookies.get(cookieName(module));
	const key = `${roundKey(progress)}|`;
	if (!value?.startsWith(key)) return null;
	const decoded = decodeResult(value.slice(key.length));
	if (!decoded.ok || decoded.result.module !== module || decoded.result.seed !== progress.seed) {
		return null;
	}
	const recorded = decoded.result.answers;
	if (recorded.length <= progress.answers.length) return null;
	return progress.answers.every((a, i) => sameAnswer(a, recorded[i]!)) ? recorded : null;
}
