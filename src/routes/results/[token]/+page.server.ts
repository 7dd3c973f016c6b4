import { error } from '@sveltejs/kit';
import { passageFor, scoreRecord } from '$lib/server/quiz';
import { decodeResult } from '$lib/quiz/token';

// Every token is different: rendered per request, and the score recomputed from the bank each time.
export const prerender = false;

export function load({ params }) {
	const decoded = decodeResult(params.token);
	if (!decoded.ok) {
		error(400, {
			message: decoded.error,
			hint: 'Ask whoever sent it for the whole link, or take a quiz yourself.',
			action: { href: '/quiz', label: 'Take a quiz' }
		});
	}
	const record = decoded.result;
	const scored = scoreRecord(record);
	const missed = scored.answers.filter((a) => !a.retired && !a.right).map((a) => a.id);
	const quizPath = `/quiz/${record.module}`;
	return {
		token: params.token,
		name: record.name ?? null,
		module: scored.module
			? { slug: scored.module.slug, title: scored.module.title }
			: { slug: record.module, title: null },
		seed: record.seed,
		points: scored.points,
		total: scored.total,
		calibration: scored.calibration,
		answers: scored.answers.map((a) => ({
			...a,
			passage: a.question ? passageFor(a.question.source.item) : null
		})),
		links: scored.module
			? {
					again: `${quizPath}?seed=${record.seed}`,
					fresh: quizPath,
					missed: missed.length ? `${quizPath}?seed=${record.seed}&only=${missed.join(',')}` : null
				}
			: null
	};
}
