/** A module's round for a seed, as its answer key: what the teacher exports, prints and projects. */
import { findQuizModule } from '$lib/server/content';
import { makeQuiz, quizBank } from '$lib/server/quiz';
import { parseSeed, MAX_SEED } from '$lib/quiz/progress';
import { answerKey, type AnswerKey } from '$lib/teach/answer-key';

export type RoundLookup =
	{ ok: true; key: AnswerKey } | { ok: false; status: 400 | 404; message: string };

/** Never throws on bad input: an unknown module or seed gives a message naming what is wrong. */
export function roundKey(moduleSlug: string, rawSeed: string | null): RoundLookup {
	const module = findQuizModule(moduleSlug);
	if (!module) {
		return { ok: false, status: 404, message: `There is no quiz called “${moduleSlug}”.` };
	}
	if (rawSeed === null || rawSeed === '') {
		return {
			ok: false,
			status: 400,
			message: `Add the seed of the round, e.g. ?seed=2024 (a whole number from 0 to ${MAX_SEED}).`
		};
	}
	const seed = parseSeed(rawSeed);
	if (seed === null) {
		return {
			ok: false,
			status: 400,
			message: `The seed must be a whole number from 0 to ${MAX_SEED}, not “${rawSeed}”.`
		};
	}
	return { ok: true, key: answerKey(quizBank(), makeQuiz(module, seed), module.title) };
}
