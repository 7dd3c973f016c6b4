import { json } from '@sveltejs/kit';
import { quizModules } from '$lib/server/content';

export const prerender = true;

/** The quiz modules as declared in content/quizzes: what explainers and the class report build on. */
export function GET(): Response {
	return json(quizModules);
}
