/** The social card for a result: a PNG drawn off the request thread; hooks.server.ts adds its caching headers. */
import { cardFor } from '$lib/server/card/draw';
import { CardQueueFull } from '$lib/server/card/pool';
import { scoreOnServer } from '$lib/server/results';
import type { RequestHandler } from './$types';

export const prerender = false;

/** Seconds a client is asked to wait when every card worker is busy and the queue is full. */
const RETRY_AFTER = 5;

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
	new Response(`${text}\n`, {
		status,
		headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers }
	});

export const GET: RequestHandler = async ({ params }) => {
	const scored = scoreOnServer(params.token);
	if (!scored.ok) return plain(400, scored.error);
	let png: Uint8Array;
	try {
		png = await cardFor(params.token, scored.result);
	} catch (error) {
		if (!(error instanceof CardQueueFull)) throw error;
		return plain(503, 'Too many new cards are being drawn right now. Try again in a moment.', {
			'Retry-After': String(RETRY_AFTER),
			'Cache-Control': 'no-store'
		});
	}
	return new Response(png as BodyInit, {
		headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength) }
	});
};
