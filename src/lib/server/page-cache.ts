/** Rendered results pages kept in memory: a page is a pure function of its URL (hash-based CSP, no nonce). */
import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { Lru } from './lru';

interface CachedPage {
	status: number;
	headers: [string, string][];
	body: string;
}

// In production serve.js answers most repeat requests before SvelteKit (src/scripts/response-cache.js);
// this cache still serves the rest: requests with cookies, odd token spellings, `node build` alone.
const RESULTS_PAGE = /^\/results\/[^/]+$/;
const pages = new Lru<string, CachedPage>(200);

type Resolve = (event: RequestEvent, opts?: ResolveOptions) => Response | Promise<Response>;

/** Serves a results page from memory, or renders it and keeps it when it is safe to reuse. */
export async function resolveWithPageCache(
	event: RequestEvent,
	resolve: Resolve
): Promise<Response> {
	// Path first: prerendering forbids reading url.search, and results pages are never prerendered.
	const cacheable =
		RESULTS_PAGE.test(event.url.pathname) &&
		// A client-side navigation asks for the same URL's data as JSON: never answer it with HTML.
		!event.isDataRequest &&
		!event.isSubRequest &&
		event.request.method === 'GET' &&
		event.url.search === '';
	if (!cacheable) return resolve(event);
	// The origin is part of the page: og:image and the share link are absolute URLs.
	const key = event.url.origin + event.url.pathname;
	const hit = pages.get(key);
	if (hit) {
		const headers = new Headers(hit.headers);
		headers.set('X-Page-Cache', 'hit');
		return new Response(hit.body, { status: hit.status, headers });
	}
	const response = await resolve(event);
	const html = response.headers.get('content-type')?.startsWith('text/html');
	if (!html || response.headers.has('set-cookie') || ![200, 400].includes(response.status)) {
		return response;
	}
	const body = await response.text();
	pages.set(key, { status: response.status, headers: [...response.headers], body });
	const headers = new Headers(response.headers);
	headers.set('X-Page-Cache', 'miss');
	return new Response(body, { status: response.status, headers });
}
