import { json } from '@sveltejs/kit';
import { getBank } from '$lib/server/bank';

export const prerender = true;

/** The whole evidence bank as JSON. */
export function GET(): Response {
	return json(getBank());
}
