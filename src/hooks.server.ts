/** Server hooks: results pages stay out of search engines, and an unexpected error never shows a stack or a token. */
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { getBank } from '$lib/server/bank';
import { warmUpCards } from '$lib/server/card/cache';
import { resolveWithPageCache } from '$lib/server/page-cache';

/** Builds the bank and loads the card renderer at start, so no student's request pays for them. */
export const init: ServerInit = async () => {
	getBank();
	await warmUpCards();
};

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolveWithPageCache(event, resolve);
	if (event.url.pathname.startsWith('/results/') || event.url.pathname === '/results') {
		response.headers.set('X-Robots-Tag', 'noindex, nofollow');
	}
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	// The route id, not the URL: a results URL holds the student's answers and name.
	const where = `${event.request.method} ${event.route.id ?? '(no route)'}`;
	const what = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(
		/\/results\/[^/\s]+/g,
		'/results/[token]'
	);
	if (status !== 404) console.error(`Unexpected error ${status} at ${where}: ${what}`);
	return {
		message:
			status === 404
				? 'There is no page at this address.'
				: 'Something went wrong on our side while making this page.',
		hint:
			status === 404
				? undefined
				: 'Try again in a moment. If it keeps happening, tell your teacher.'
	};
};
