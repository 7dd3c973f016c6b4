/** The social card for a result: a PNG that never changes for a token, so caches may keep it for a year. */
import { cardFor } from '$lib/server/card/cache';
import { scoreOnServer } from '$lib/server/results';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = async ({ params }) => {
	const scored = scoreOnServer(params.token);
	if (!scored.ok) {
		return new Response(`${scored.error}\n`, {
			status: 400,
			headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }
		});
	}
	const { png, cache } = await cardFor(params.token, scored.result);
	return new Response(png as BodyInit, {
		headers: {
			'Content-Type': 'image/png',
			'Content-Length': String(png.byteLength),
			'Cache-Control': 'public, max-age=31536000, immutable',
			// Whether this server drew the card for this request: lets tests and the bench see the cache work.
			'X-Card-Cache': cache
		}
	});
};
