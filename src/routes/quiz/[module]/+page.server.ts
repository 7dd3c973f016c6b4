import { error, fail, redirect } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { loadDocument } from '$lib/content/documents';
import { findQuizModule } from '$lib/server/content';
import { withoutMarkers } from '$lib/server/drawn';
import { makeQuiz, passageFor, scoreRecord } from '$lib/server/quiz';
import { mark } from '$lib/quiz/score';
import {
	finishMeta,
	MAX_SEED,
	parseProgress,
	parseSeed,
	progressToken,
	progressUrl
} from '$lib/quiz/progress';
import { publicQuestion, type Question, type QuizModule } from '$lib/quiz/types';
import type { Confidence } from '$lib/quiz/token';
import { readAnswer } from './answer';
import EstimateSlider from './EstimateSlider.svelte';
import Feedback from './Feedback.svelte';
import { isSharedDevice, setSharedDevice } from '$lib/server/shared-device';
import {
	countAttempt,
	forgetAllRounds,
	forgetRound,
	recordedBeyond,
	saveRound,
	startRound
} from './round';
import SharedComputer from './SharedComputer.svelte';
import { unfinishedRound } from './turn';

// Query strings (seed, answers) are invisible to prerendering: this page is rendered per request.
export const prerender = false;

function moduleOf(slug: string): QuizModule {
	const module = findQuizModule(slug);
	if (!module) {
		error(404, {
			message: `There is no quiz called “${slug}”.`,
			action: { href: '/quiz', label: 'See all quizzes' }
		});
	}
	return module;
}

function randomSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0]! % (MAX_SEED + 1);
}

/**
 * The verdict on the last answer, and nothing from questions still to come. The feedback itself is
 * drawn here as HTML: it is reading, not interaction, so the browser needs none of its code.
 */
function feedbackOf(question: Question, given: string, confidence: Confidence | null) {
	const marked = mark(question, given);
	const props = { question, ...marked, passage: passageFor(question.source.item) };
	return {
		right: marked.right,
		points: marked.points,
		answerLabel: question.answerLabel,
		confidence,
		html: withoutMarkers(render(Feedback, { props }).body)
	};
}

/**
 * An estimate question's slider and number field, drawn here so that the first view loads none of
 * its code (it wakes when a student reaches for it: estimate-wake.ts); after a refused answer without
 * JavaScript, with what was typed. Svelte's hydration comments are left out: it is inserted as HTML.
 */
function estimateHtml(question: Question, locals: App.Locals): string | null {
	if (question.kind !== 'estimate' || !question.range) return null;
	const refused = locals.refusedAnswer;
	const props = refused
		? { ...question.range, typed: refused.typed, invalid: true, described: 'answer-error' }
		: question.range;
	return withoutMarkers(render(EstimateSlider, { props }).body);
}

export async function load({ params, url, cookies, setHeaders, locals }) {
	const module = moduleOf(params.module);
	if (url.searchParams.has('again')) {
		// "Take the same quiz again": a new round of the same questions, so the recorded one is forgotten.
		forgetRound(cookies, url, module.slug);
		const search = new URLSearchParams(url.searchParams);
		search.delete('again');
		redirect(303, `/quiz/${module.slug}?${search}`);
	}
	if (!url.searchParams.has('seed')) {
		const search = new URLSearchParams(url.searchParams);
		search.set('seed', String(randomSeed()));
		redirect(307, `/quiz/${module.slug}?${search}`);
	}
	// Back must ask again, so an answered question shows its recorded answer, not a fresh form.
	setHeaders({ 'cache-control': 'no-store' });
	const parsed = parseProgress(module.slug, url.searchParams);
	const restart = { href: `/quiz/${module.slug}`, label: 'Start this quiz afresh' };
	if (!parsed.ok) error(400, { message: parsed.error, action: restart });
	const progress = parsed.progress;
	const quiz = makeQuiz(module, progress.seed, progress.only ?? undefined);
	if (quiz.questions.length === 0) {
		error(400, {
			message: 'None of the questions in this practice link exist any more.',
			action: restart
		});
	}
	const mismatch = progress.answers.findIndex((a, i) => quiz.questions[i]?.id !== a.question);
	if (mismatch >= 0) {
		error(400, { message: 'The answers in this link do not match this quiz.', action: restart });
	}
	let showFeedback = url.searchParams.get('fb') === '1' && progress.answers.length > 0;
	// A link with no answers yet (a class link) never carries on with a round this browser holds:
	// an unfinished one asks whose turn it is, a finished one is replaced by a clean start.
	const arriving = progress.answers.length === 0;
	const turn = arriving ? unfinishedRound(cookies, module) : null;
	const recorded = showFeedback || arriving ? null : recordedBeyond(cookies, module.slug, progress);
	if (recorded) {
		// Already answered in this round (Back, reload): show that answer and its verdict.
		progress.answers = recorded.slice(0, progress.answers.length + 1);
		showFeedback = true;
	}
	const done = progress.answers.length;
	const last = progress.answers.at(-1);
	const finished = done >= quiz.questions.length;
	const current = finished ? null : quiz.questions[done]!;
	const shared = isSharedDevice(cookies);
	// The clock for the minutes on the results link starts when the first question is on screen.
	if (done === 0 && !finished && !turn) startRound(cookies, url, module.slug, progress);
	// A shared computer keeps no round once its results link is on screen.
	if (finished && shared) forgetAllRounds(cookies, url);
	// A finished round's results link also says on which day, whether it was a practice round, and
	// (fixed when the last answer came in) its attempt number and minutes.
	const token =
		done > 0
			? progressToken(
					module.slug,
					progress,
					finished ? (progress.meta ?? finishMeta(progress)) : undefined
				)
			: null;
	const scored = finished
		? scoreRecord({
				version: 1,
				module: module.slug,
				seed: progress.seed,
				answers: progress.answers
			})
		: null;
	// The module's introduction and the shared-computer switch, before the first answer: drawn here
	// too, so they ship no code.
	const starting = done === 0 && !showFeedback;
	const intro = starting ? withoutMarkers(render(await loadDocument(module.file)).body) : null;
	const nextUrl = progressUrl(module.slug, progress);
	const sharedForm = starting
		? withoutMarkers(
				render(SharedComputer, {
					props: { shared, action: `?${nextUrl.split('?')[1] ?? ''}&/shared` }
				}).body
			)
		: null;
	return {
		module: {
			slug: module.slug,
			title: module.title,
			description: module.description
		},
		seed: progress.seed,
		practice: progress.only !== null,
		total: quiz.questions.length,
		answered: done,
		question: current && !showFeedback && !turn ? publicQuestion(current) : null,
		estimateHtml: current && !showFeedback && !turn ? estimateHtml(current, locals) : null,
		/** Someone's unfinished round in this browser: whose turn is it? */
		turn,
		shared,
		feedback:
			showFeedback && last
				? feedbackOf(quiz.questions[done - 1]!, last.answer, last.confidence)
				: null,
		/** The answers so far: the form posts it back, the results link is it once finished. */
		token,
		/** This question was answered before in this round, and that first answer stands. */
		kept: showFeedback && (recorded !== null || url.searchParams.get('kept') === '1'),
		finished,
		score: scored ? { points: scored.points, total: scored.total } : null,
		nextUrl,
		restartUrl: `/quiz/${module.slug}?seed=${progress.seed}`,
		/** Absolute (url.origin is ORIGIN in production): the module's start address, whatever the round. */
		canonical: `${url.origin}/quiz/${module.slug}`,
		intro,
		sharedForm
	};
}

/** The class link the page was opened with, without the answers or form action its URL carries. */
function startUrl(slug: string, url: URL): string {
	const seed = parseSeed(url.searchParams.get('seed'));
	if (seed === null) return `/quiz/${slug}`;
	const only = url.searchParams.get('only')?.split(',').filter(Boolean) ?? null;
	return progressUrl(slug, { seed, only: only?.length ? only : null, answers: [] });
}

export const actions = {
	/** "I'm a new student": the round this browser holds is forgotten, unseen, and the quiz starts clean. */
	fresh: async ({ params, cookies, url }) => {
		const module = moduleOf(params.module);
		forgetRound(cookies, url, module.slug);
		redirect(303, startUrl(module.slug, url));
	},
	/** "This is a shared computer" (or not): kept in a cookie, so it works without JavaScript. */
	shared: async ({ params, request, cookies, url }) => {
		const module = moduleOf(params.module);
		const on = (await request.formData()).get('on') === '1';
		setSharedDevice(cookies, url, on);
		if (on) forgetAllRounds(cookies, url);
		redirect(303, startUrl(module.slug, url));
	},
	answer: async ({ params, request, cookies, url, locals }) => {
		const module = moduleOf(params.module);
		const form = await request.formData();
		const search = new URLSearchParams();
		for (const key of ['seed', 'only', 'a']) {
			const value = form.get(key);
			if (typeof value === 'string' && value !== '') search.set(key, value);
		}
		const parsed = parseProgress(module.slug, search);
		if (!parsed.ok) return fail(400, { message: parsed.error });
		const progress = parsed.progress;
		const quiz = makeQuiz(module, progress.seed, progress.only ?? undefined);
		const id = String(form.get('question') ?? '');
		const index = quiz.questions.findIndex((q) => q.id === id);
		if (index < 0 || index > progress.answers.length) {
			return fail(400, { message: 'That question is not part of this quiz. Reload the page.' });
		}
		// One answer per question: a question answered in this round keeps its first answer.
		const recorded =
			index < progress.answers.length
				? progress.answers
				: recordedBeyond(cookies, module.slug, progress);
		if (recorded) {
			progress.answers = recorded.slice(0, index + 1);
			redirect(303, `${progressUrl(module.slug, progress, true)}&kept=1`);
		}
		const read = readAnswer(quiz.questions[index]!, form);
		if (!read.ok) {
			// The same question comes back with its message and what was typed; the answers so far stay in the URL.
			const typed = String(form.get('typed') ?? '').slice(0, 100);
			locals.refusedAnswer = { typed };
			return fail(400, { message: read.error, question: id, typed });
		}
		const confidence = form.get('confidence');
		progress.answers = [
			...progress.answers,
			{
				question: id,
				answer: read.answer,
				confidence: confidence === 'sure' || confidence === 'unsure' ? confidence : null
			}
		];
		const startedAt = saveRound(cookies, url, module.slug, progress);
		if (progress.answers.length >= quiz.questions.length) {
			// The last answer: the results link records the day, the attempt and the minutes for good.
			// A shared computer counts nothing: the attempt stays unknown.
			const attempt = isSharedDevice(cookies) ? undefined : countAttempt(cookies, url, module.slug);
			progress.meta = finishMeta(progress, new Date(), { attempt, startedAt });
		}
		redirect(303, progressUrl(module.slug, progress, true));
	}
};
