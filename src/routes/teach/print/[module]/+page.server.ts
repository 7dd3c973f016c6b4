import { error } from '@sveltejs/kit';
import { roundKey } from '$lib/server/teach/round';

export const prerender = false;

const PAPERS = ['a4', 'letter'] as const;

/** A printable worksheet of exactly the round `/quiz/<module>?seed=N` shows, and its answer key. */
export function load({ params, url }) {
	const round = roundKey(params.module, url.searchParams.get('seed'));
	if (!round.ok) {
		error(round.status, {
			message: round.message,
			action: { href: '/teach#hand-out', label: 'Choose a quiz and a seed' }
		});
	}
	const asked = url.searchParams.get('paper');
	const paper = PAPERS.find((p) => p === asked) ?? 'a4';
	return { key: round.key, paper, origin: url.origin };
}
