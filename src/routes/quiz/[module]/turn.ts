/**
 * Shared devices: a class link opened in a browser that holds someone's unfinished round of the quiz
 * asks whose turn it is, rather than carrying on with (or showing) that round.
 */
import { makeQuiz } from '$lib/server/quiz';
import { progressUrl, type Progress } from '$lib/quiz/progress';
import type { QuizModule } from '$lib/quiz/types';
import type { Cookies } from '@sveltejs/kit';
import { readRound } from './round';

export interface Turn {
	/** Where that round carries on. */
	url: string;
	answered: number;
	total: number;
	/** "12 minutes ago", when the round's start is known. */
	startedAgo: string | null;
}

/** Relative time needs no time zone, which the server does not know. */
function ago(ms: number): string {
	const minutes = Math.max(0, Math.round(ms / 60_000));
	if (minutes < 1) return 'less than a minute ago';
	if (minutes < 90) return minutes === 1 ? 'a minute ago' : `${minutes} minutes ago`;
	const hours = Math.round(minutes / 60);
	if (hours < 36) return `${hours} hours ago`;
	return `${Math.round(hours / 24)} days ago`;
}

/**
 * Arriving at a quiz with no answers in the URL (a class link, or "start afresh"): the unfinished round
 * this browser holds for the module, if any. A finished or outdated one is no one's turn: null.
 */
export function unfinishedRound(
	cookies: Cookies,
	module: QuizModule,
	now = Date.now()
): Turn | null {
	const round = readRound(cookies, module.slug);
	if (!round || round.answers.length === 0) return null;
	const quiz = makeQuiz(module, round.seed, round.only ?? undefined);
	const total = quiz.questions.length;
	if (round.answers.length >= total) return null;
	if (round.answers.some((a, i) => quiz.questions[i]?.id !== a.question)) return null;
	const progress: Progress = { seed: round.seed, only: round.only, answers: round.answers };
	return {
		url: progressUrl(module.slug, progress),
		answered: round.answers.length,
		total,
		startedAgo: round.startedAt ? ago(now - round.startedAt) : null
	};
}
