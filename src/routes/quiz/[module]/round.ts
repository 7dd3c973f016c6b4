/**
 * The round this browser is taking, kept in a cookie (never on the server): once a question is answered,
 * Back, a reload or a re-posted form shows the recorded answer instead of taking a second one. The cookie
 * also keeps when the first question was shown (for the minutes on the results link), and a second
 * cookie counts the rounds of each quiz this browser finished (the attempt number).
 */
import type { Cookies } from '@sveltejs/kit';
import { progressToken, type Progress } from '$lib/quiz/progress';
import { decodeResult, LIMITS, type ResultAnswer } from '$lib/quiz/token';

/** Browsers keep about 4 KB a cookie; a longer round simply goes unrecorded. */
const MAX_VALUE = 3500;
const WEEK = 60 * 60 * 24 * 7;

const cookieName = (module: string) => `round-${module}`;
const triesName = (module: string) => `tries-${module}`;
const roundKey = (progress: Pick<Progress, 'seed' | 'only'>) =>
	`${progress.seed}|${progress.only?.join(',') ?? ''}`;

function options(url: URL, maxAge = WEEK) {
	return {
		path: `/quiz`,
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge
	};
}

/** The round recorded in this browser's cookie: `seed|only|started|token` (older cookies lack `started`). */
export interface RecordedRound {
	key: string;
	seed: number;
	only: string[] | null;
	/** When its first question was shown (ms since 1970), if known. */
	startedAt?: number;
	answers: ResultAnswer[];
}

export function readRound(cookies: Cookies, module: string): RecordedRound | null {
	const parts = cookies.get(cookieName(module))?.split('|');
	if (!parts || (parts.length !== 3 && parts.length !== 4)) return null;
	const [seedText, onlyText] = parts as [string, string];
	const started = parts.length === 4 ? Number(parts[2]) : NaN;
	const decoded = decodeResult(parts.at(-1)!);
	if (!decoded.ok || decoded.result.module !== module) return null;
	if (String(decoded.result.seed) !== seedText) return null;
	const round: RecordedRound = {
		key: `${seedText}|${onlyText}`,
		seed: decoded.result.seed,
		only: onlyText ? onlyText.split(',') : null,
		answers: decoded.result.answers
	};
	if (Number.isSafeInteger(started) && started > 0) round.startedAt = started;
	return round;
}

function write(cookies: Cookies, url: URL, module: string, progress: Progress, startedAt: number) {
	const value = `${roundKey(progress)}|${startedAt}|${progressToken(module, progress)}`;
	if (value.length <= MAX_VALUE) cookies.set(cookieName(module), value, options(url));
}

/** The first question is on screen: the clock starts, unless this round's clock already runs. */
export function startRound(cookies: Cookies, url: URL, module: string, progress: Progress) {
	const recorded = readRound(cookies, module);
	const same = recorded?.key === roundKey(progress);
	if (same && recorded?.startedAt && recorded.answers.length === 0) return;
	write(cookies, url, module, progress, Date.now());
}

/** Records the answers so far as this browser's round of `module`; returns when the round started. */
export function saveRound(cookies: Cookies, url: URL, module: string, progress: Progress) {
	const recorded = readRound(cookies, module);
	const same = recorded?.key === roundKey(progress);
	const startedAt = (same && recorded?.startedAt) || Date.now();
	write(cookies, url, module, progress, startedAt);
	return same ? recorded?.startedAt : undefined;
}

/** Forgets the recorded round, so "take the same quiz again" starts afresh. */
export function forgetRound(cookies: Cookies, url: URL, module: string) {
	cookies.delete(cookieName(module), options(url));
}

/** Counts a finished round of `module` in this browser and returns its number (1 for the first). */
export function countAttempt(cookies: Cookies, url: URL, module: string): number {
	const before = Number(cookies.get(triesName(module)));
	const attempt = Math.min(
		(Number.isSafeInteger(before) && before > 0 ? before : 0) + 1,
		LIMITS.attempt
	);
	cookies.set(triesName(module), String(attempt), options(url, WEEK * 52));
	return attempt;
}

/** A shared computer keeps nothing: every recorded round and every count of finished rounds goes. */
export function forgetAllRounds(cookies: Cookies, url: URL) {
	for (const { name } of cookies.getAll()) {
		if (/^(round|tries)-[a-z0-9-]+$/.test(name)) cookies.delete(name, options(url));
	}
}

function sameAnswer(a: ResultAnswer, b: ResultAnswer) {
	return a.question === b.question && a.answer === b.answer;
}

/**
 * The answers this browser recorded in the round `progress` belongs to, when they go further than
 * `progress` does and agree with it so far; otherwise null.
 */
export function recordedBeyond(cookies: Cookies, module: string, progress: Progress) {
	const recorded = readRound(cookies, module);
	if (!recorded || recorded.key !== roundKey(progress)) return null;
	const answers = recorded.answers;
	if (answers.length <= progress.answers.length) return null;
	return progress.answers.every((a, i) => sameAnswer(a, answers[i]!)) ? answers : null;
}
