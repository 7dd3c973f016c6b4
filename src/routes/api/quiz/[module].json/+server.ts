import { json, redirect } from '@sveltejs/kit';
import { findQuizModule } from '$lib/server/content';
import { makeQuiz } from '$lib/server/quiz';
import { MAX_SEED, parseSeed } from '$lib/quiz/progress';
import { publicQuestion } from '$lib/quiz/types';

export const prerender = false;

/** The generated quiz for a seed, without its answers: the same questions as `/quiz/<module>?seed=N`. */
export function GET({ params, url }): Response {
	const module = findQuizModule(params.module);
	if (!module)
		return json({ error: `There is no quiz called “${params.module}”.` }, { status: 404 });
	const raw = url.searchParams.get('seed');
	if (raw === null) {
		const seed = crypto.getRandomValues(new Uint32Array(1))[0]! % (MAX_SEED + 1);
		redirect(307, `/api/quiz/${module.slug}.json?seed=${seed}`);
	}
	const seed = parseSeed(raw);
	if (seed === null) {
		return json(
			{ error: `seed must be a whole number from 0 to ${MAX_SEED}, not “${raw}”.` },
			{ status: 400 }
		);
	}
	const quiz = makeQuiz(module, seed);
	return json({
		module: { slug: module.slug, title: module.title, description: module.description },
		seed,
		link: `/quiz/${module.slug}?seed=${seed}`,
		questions: quiz.questions.map(publicQuestion)
	});
}
