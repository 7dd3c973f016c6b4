/** Server hooks: results pages and cards get HTTP caching and a rate limit; bad form bodies a 400; errors never show a stack or a token. */
import { error, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { warmUpCards } from '$lib/server/card/draw';
import { contentVersion } from '$lib/server/content-version';
import {
	notModified,
	resultsCacheControl,
	resultsETag,
	RESULTS_CARD,
	RESULTS_PAGE
} from '$lib/server/http/results-caching';
import { quizBank } from '$lib/server/quiz';
import { createRateLimiter, resultsRateFromEnv } from '$lib/server/rate-limit';

/** Builds and checks the bank and starts the card workers at start, so no student's request pays for them. */
export const init: ServerInit = async () => {
	quizBank();
	contentVersion();
	await warmUpCards();
};

const takeRender = createRateLimiter(resultsRateFromEnv());

/** A form body that cannot be parsed (malformed multipart, a body cut off) is the client's fault: 400. */
function guardFormData(request: Request): void {
	const parse = request.formData.bind(request);
	request.formData = async () => {
		try {
			return await parse();
		} catch {
			error(400, {
				message: 'The form could not be read: it arrived incomplete or malformed.',
				hint: 'Go back and send it again.'
			});
		}
	};
}

const plain = (status: number, text: string, headers: Record<string, string>) =>
	new Response(`${text}\n`, {
		status,
		headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers }
	});

export const handle: Handle = async ({ event, resolve }) => {
	if (event.request.method === 'POST') guardFormData(event.request);
	const routeId = event.route.id;
	const isResults = routeId === RESULTS_PAGE || routeId === RESULTS_CARD;
	const method = event.request.method;
	if (!isResults || (method !== 'GET' && method !== 'HEAD')) {
		const response = await resolve(event);
		if (isResults) response.headers.set('X-Robots-Tag', 'noindex, nofollow');
		return response;
	}
	const etag = resultsETag(event.url.origin);
	if (notModified(event.request.headers.get('if-none-match'), etag)) {
		// Nothing is scored or drawn to say "you already have it".
		return new Response(null, {
			status: 304,
			headers: { ETag: etag, 'Cache-Control': resultsCacheControl(routeId, 200, event.url)! }
		});
	}
	const wait = takeRender(event.getClientAddress());
	if (wait > 0) {
		return plain(429, 'Too many results pages or cards from this address. Wait a moment.', {
			'Retry-After': String(wait),
			'Cache-Control': 'no-store'
		});
	}
	const response = await resolve(event);
	const control = resultsCacheControl(routeId, response.status, event.url);
	if (control && !response.headers.has('cache-control')) {
		response.headers.set('Cache-Control', control);
		if (response.status === 200) response.headers.set('ETag', etag);
	}
	response.headers.set('X-Robots-Tag', 'noindex, nofollow');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	// The route id, not the URL: a results URL holds the student's answers and name.
	const where = `${event.request.method} ${event.route.id ?? '(no route)'}`;
	const what = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(
		/\/results\/[^/\s]+/g,
		'/results/[token]'
	);
	// Only real faults: a 4xx (a bad URL, a body the client broke off) is the client's, and is answered.
	if (status >= 500) console.error(`Unexpected error ${status} at ${where}: ${what}`);
	return {
		message:
			status === 404
				? 'There is no page at this address.'
				: status < 500
					? 'This request could not be understood.'
					: 'Something went wrong on our side while making this page.',
		hint:
			status === 404
				? undefined
				: 'Try again in a moment. If it keeps happening, tell your teacher.'
	};
};
