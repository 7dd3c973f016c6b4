/**
 * A round continued in this browser when the network drops. Loaded only then, from the service
 * worker's cache: the quiz page's first view carries none of it. The browser builds the very round
 * the server builds (same bank, modules, texts and seed), reads and marks each answer with the
 * server's own code, and keeps the answers in the same token the URL and the form carry, so the
 * round goes on with the server as soon as it answers again, and its results link is the same.
 */
import { generateQuiz } from '$lib/quiz/generate';
import { passageOf } from '$lib/quiz/passage';
import { finishMeta, parseProgress, progressToken } from '$lib/quiz/progress';
import { mark } from '$lib/quiz/score';
import { publicQuestion, type Passage, type PublicQuestion, type Question } from '$lib/quiz/types';
import { loadQuizData } from '$lib/share/score-client';
import { readAnswer } from './answer';

export { default as OfflineRound } from './OfflineRound.svelte';

export interface OfflineStep {
	ok: true;
	/** Feedback.svelte's props for the answer just given. */
	feedback: {
		question: Question;
		right: boolean;
		points: number;
		givenLabel: string;
		passage: Passage | null;
	};
	/** The question after it, or null once the round is finished. */
	next: PublicQuestion | null;
	/** Every answer so far; once finished, the results link's token. */
	token: string;
	answered: number;
	total: number;
	/** Points so far (for the best score this browser keeps). */
	score: number;
}

export async function answerOffline(
	slug: string,
	form: FormData,
	fetcher: typeof fetch = fetch
): Promise<OfflineStep | { ok: false; error: string }> {
	const search = new URLSearchParams();
	for (const key of ['seed', 'only', 'a']) {
		const value = form.get(key);
		if (typeof value === 'string' && value !== '') search.set(key, value);
	}
	const parsed = parseProgress(slug, search);
	if (!parsed.ok) return parsed;
	const progress = parsed.progress;
	const { bank, modules, options } = await loadQuizData(fetcher);
	const module = modules.find((m) => m.slug === slug);
	if (!module) return { ok: false, error: `There is no quiz called “${slug}”.` };
	const quiz = generateQuiz(bank, module, progress.seed, {
		...options,
		only: progress.only ?? undefined
	});
	const index = progress.answers.length;
	const question = quiz.questions[index];
	if (!question || question.id !== form.get('question')) {
		return { ok: false, error: 'That question is not part of this quiz. Reload the page.' };
	}
	const read = readAnswer(question, form);
	if (!read.ok) return read;
	const confidence = form.get('confidence');
	progress.answers = [
		...progress.answers,
		{
			question: question.id,
			answer: read.answer,
			confidence: confidence === 'sure' || confidence === 'unsure' ? confidence : null
		}
	];
	const answered = progress.answers.length;
	const finished = answered >= quiz.questions.length;
	const marked = mark(question, read.answer);
	const score = progress.answers.reduce((sum, a, i) => {
		const q = quiz.questions[i];
		return q ? sum + mark(q, a.answer).points : sum;
	}, 0);
	return {
		ok: true,
		feedback: {
			question,
			right: marked.right,
			points: marked.points,
			givenLabel: marked.givenLabel,
			passage: passageOf(bank, options.texts, question.source.item)
		},
		next: finished ? null : publicQuestion(quiz.questions[answered]!),
		token: progressToken(slug, progress, finished ? finishMeta(progress) : undefined),
		answered,
		total: quiz.questions.length,
		score
	};
}
