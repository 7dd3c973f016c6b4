/** A results page: scored from the bank (never from the token), with a form to add a name. */
import { error, fail, redirect } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { roundProblem } from '$lib/quiz/round-fit';
import { cleanName, decodeResult, encodeResult, LIMITS } from '$lib/quiz/token';
import { quizModules } from '$lib/server/content';
import { contentVersion } from '$lib/server/content-version';
import { withoutMarkers } from '$lib/server/drawn';
import { passageFor, quizBank, scoreRecord } from '$lib/server/quiz';
import type { Actions, PageServerLoad } from './$types';
import AnswerReview from './AnswerReview.svelte';
import CalibrationSummary from './CalibrationSummary.svelte';
import Overview from './Overview.svelte';

// Every token is different: rendered per request. Browsers and CDNs cache it (see hooks.server.ts).
export const prerender = false;

const BROKEN = {
	hint: 'Ask whoever sent it for the whole link, or take a quiz yourself.',
	action: { href: '/quiz', label: 'Take a quiz' }
};

/** Everything the page shows that depends on the token alone. */
function resultFor(token: string) {
	const decoded = decodeResult(token);
	if (!decoded.ok) return { ok: false as const, error: decoded.error };
	const record = decoded.result;
	// Checked before scoring: a forged token larger than its quiz never reaches the renderer.
	const misfit = roundProblem(quizBank(), quizModules, record);
	if (misfit) return { ok: false as const, error: `This results link is broken: ${misfit}.` };
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

export const load: PageServerLoad = ({ params, url }) => {
	const result = resultFor(params.token);
	if (!result.ok) error(400, { message: result.error, ...BROKEN });
	// url.origin is ORIGIN in production (serve.js requires it), never the request's Host header.
	const pageUrl = `${url.origin}/results/${params.token}`;
	const { answers, calibration, links, module, name, points, total } = result.page;
	// Only what +page.svelte reads: the answers, calibration and links are drawn into HTML here and
	// are not sent again as data (the page's serialized data doubled its weight; see the README).
	return {
		name,
		module: { title: module.title },
		points,
		total,
		// What the page only shows is drawn here, so it ships none of that code: the score with its
		// grid and next steps, how sure against how right, and the answer-by-answer review.
		overview: withoutMarkers(render(Overview, { props: { points, total, answers, links } }).body),
		calibrationSummary: withoutMarkers(render(CalibrationSummary, { props: { calibration } }).body),
		review: withoutMarkers(render(AnswerReview, { props: { answers } }).body),
		// Absolute: chat apps and social sites need full URLs. The card's URL names the content it
		// shows, so it can be cached for good.
		pageUrl,
		cardUrl: `${pageUrl}/card.png?v=${contentVersion()}`
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
