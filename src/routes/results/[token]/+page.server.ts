/** A results page: scored from the bank (never from the token), cached per token, with a form to add a name. */
import { error, fail, redirect } from '@sveltejs/kit';
import { cleanName, decodeResult, encodeResult, LIMITS } from '$lib/quiz/token';
import { Lru } from '$lib/server/lru';
import { passageFor, scoreRecord } from '$lib/server/quiz';
import type { Actions, PageServerLoad } from './$types';

// Every token is different: rendered per request, and the score recomputed from the bank each time.
export const prerender = false;

const BROKEN = {
	hint: 'Ask whoever sent it for the whole link, or take a quiz yourself.',
	action: { href: '/quiz', label: 'Take a quiz' }
};

/** Everything the page shows that depends on the token alone: a pure function of it, so it is cached. */
function resultFor(token: string) {
	const decoded = decodeResult(token);
	if (!decoded.ok) return { ok: false as const, error: decoded.error };
	const record = decoded.result;
	let scored;
	try {
		scored = scoreRecord(record);
	} catch {
		// Odd stored answers must give a clear 400, not a crash.
		return {
			ok: false as const,
			error: 'This results link is broken: its answers do not fit the quiz.'
		};
	}
	const missed = scored.answers.filter((a) => !a.retired && !a.right).map((a) => a.id);
	const quizPath = `/quiz/${record.module}`;
	return {
		ok: true as const,
		page: {
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
						again: `${quizPath}?seed=${record.seed}&again=1`,
						fresh: quizPath,
						missed: missed.length
							? `${quizPath}?seed=${record.seed}&only=${missed.join(',')}`
							: null
					}
				: null
		}
	};
}

const results = new Lru<string, ReturnType<typeof resultFor>>(300);

export const load: PageServerLoad = ({ params, url }) => {
	let result = results.get(params.token);
	if (!result) {
		result = resultFor(params.token);
		results.set(params.token, result);
	}
	if (!result.ok) error(400, { message: result.error, ...BROKEN });
	return {
		token: params.token,
		...result.page,
		// Absolute, from the request's origin: chat apps and social sites need full URLs.
		pageUrl: `${url.origin}/results/${params.token}`,
		cardUrl: `${url.origin}/results/${params.token}/card.png`
	};
};

export const actions: Actions = {
	/** Re-encodes the token with the chosen name (or none) and sends the student to the new link. */
	name: async ({ request, params }) => {
		const decoded = decodeResult(params.token);
		if (!decoded.ok) return fail(400, { nameError: decoded.error, name: '' });
		const raw = (await request.formData()).get('name');
		const typed = typeof raw === 'string' ? raw : '';
		const length = [...typed.trim()].length;
		if (length > LIMITS.name) {
			return fail(400, {
				nameError: `A name can be at most ${LIMITS.name} characters; this one has ${length}.`,
				name: typed
			});
		}
		const record = { ...decoded.result };
		const name = cleanName(typed);
		if (name) record.name = name;
		else delete record.name;
		redirect(303, `/results/${encodeResult(record)}`);
	}
};
