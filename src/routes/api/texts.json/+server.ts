import { json } from '@sveltejs/kit';
import { quizOptions } from '$lib/server/quiz';

export const prerender = true;

/**
 * The seed texts by seed file name: the browser's scorer (class report, offline results) needs them
 * to build the very rounds and sentences the server builds; without them a round can differ.
 */
export function GET(): Response {
	return json(quizOptions.texts ?? {});
}
