/** The answer key of one round: the quiz page's questions with their answers and exact source spans. */
import type { Bank } from '$lib/extract/types';
import { mark } from '$lib/quiz/score';
import type { Choice, Question, QuestionKind, Quiz } from '$lib/quiz/types';

export interface ChoiceAnswer {
	/** Every choice value that scores full marks (several for tick-every-one questions). */
	values: string[];
}

export interface EstimateAnswer {
	value: number;
	/** Half marks inside this range (and outside `exact`). */
	close: [number, number];
	/** Full marks inside this range. */
	exact: [number, number];
	unit: string;
}

export interface KeySource {
	/** Seed file name without `.txt`. */
	seed: string;
	paragraph: number;
	/** Character offsets (JavaScript string indexes, end exclusive) of the quote or figure in the seed text. */
	start: number;
	end: number;
	/** The quoted words or the figure, verbatim. */
	quote: string;
	outlet: string;
	title: string;
	published: string;
	/** Path of the source page, anchored on the item. */
	href: string;
}

export interface KeyQuestion {
	id: string;
	kind: QuestionKind;
	prompt: string;
	/** Who claims what the question is about. */
	note?: string;
	text?: string;
	textIsQuote?: boolean;
	multiple?: boolean;
	/** An estimate's slider range, for the printed worksheet. */
	range?: { min: number; max: number; unit: string };
	choices: Choice[];
	answer: ChoiceAnswer | EstimateAnswer;
	/** The right answer in words. */
	answerLabel: string;
	source: KeySource;
}

export interface AnswerKey {
	module: string;
	title: string;
	seed: number;
	/** Path of the quiz page showing this very round. */
	link: string;
	questions: KeyQuestion[];
}

export function isEstimate(answer: KeyQuestion['answer']): answer is EstimateAnswer {
	return 'value' in answer;
}

/**
 * Where full (or at least half) marks stop above the answer, found by asking the scorer itself so the
 * key always agrees with how the quiz marks, whatever its tolerance.
 */
function edge(question: Question, value: number, atLeast: number, direction: 1 | -1): number {
	const scores = (x: number) => mark(question, String(x)).points >= atLeast;
	let inside = 0; // log10 of the factor known to score
	let outside = 3; // a thousandfold is never close
	for (let i = 0; i < 40; i++) {
		const middle = (inside + outside) / 2;
		if (scores(value * 10 ** (direction * middle))) inside = middle;
		else outside = middle;
	}
	const bound = value * 10 ** (direction * inside);
	// Rounded to 4 significant digits towards the answer, so the printed bound still scores.
	const rounded = Number(bound.toPrecision(4));
	return scores(rounded) ? rounded : bound;
}

function estimateAnswer(question: Question): EstimateAnswer {
	const value = Number(question.answer);
	return {
		value,
		exact: [edge(question, value, 1, -1), edge(question, value, 1, 1)],
		close: [edge(question, value, 0.5, -1), edge(question, value, 0.5, 1)],
		unit: question.range?.unit ?? ''
	};
}

function choiceAnswer(question: Question): ChoiceAnswer {
	if (question.multiple) return { values: question.answer.split(',').filter(Boolean) };
	return {
		values: question.choices.filter((c) => mark(question, c.value).right).map((c) => c.value)
	};
}

function sourceOf(bank: Bank, question: Question): KeySource {
	const item = bank.quotes[question.source.item] ?? bank.figures[question.source.item];
	if (!item) throw new Error(`The bank has no item ${question.source.item}.`);
	const article = bank.articles.find((a) => a.seed === item.seed);
	return {
		seed: item.seed.replace(/\.txt$/, ''),
		paragraph: item.paragraph,
		start: item.start,
		end: item.end,
		quote: item.text,
		outlet: question.source.outlet,
		title: article?.title ?? '',
		published: question.source.published,
		href: question.source.href
	};
}

/** The key for a generated round: same questions, same order, same choices as the quiz page. */
export function answerKey(bank: Bank, quiz: Quiz, title: string): AnswerKey {
	const questions = quiz.questions.map((q): KeyQuestion => {
		const out: KeyQuestion = {
			id: q.id,
			kind: q.kind,
			prompt: q.prompt,
			choices: q.choices,
			answer: q.kind === 'estimate' ? estimateAnswer(q) : choiceAnswer(q),
			answerLabel: q.answerLabel,
			source: sourceOf(bank, q)
		};
		if (q.note !== undefined) out.note = q.note;
		if (q.text !== undefined) out.text = q.text;
		if (q.textIsQuote !== undefined) out.textIsQuote = q.textIsQuote;
		if (q.multiple) out.multiple = true;
		if (q.range) out.range = q.range;
		return out;
	});
	return {
		module: quiz.module,
		title,
		seed: quiz.seed,
		link: `/quiz/${quiz.module}?seed=${quiz.seed}`,
		questions
	};
}
