/** Checks a decoded link against the packed-quiz shape and its rules, naming the first thing wrong. */
import * as v from 'valibot';
import { KINDS } from '$lib/quiz/types';
import type { PackedQuestion, PackedQuiz } from './types';

/** Caps well above any real quiz, so a crafted link cannot make a page slow or huge. */
export const CAPS = {
	questions: 100,
	choices: 12,
	articles: 20,
	short: 500,
	long: 5000,
	passage: 20000,
	list: 50
} as const;

const short = v.pipe(v.string(), v.maxLength(CAPS.short));
const long = v.pipe(v.string(), v.maxLength(CAPS.long));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const choice = v.object({ value: short, label: long, detail: v.optional(long) });

const question = v.object({
	id: v.pipe(short, v.minLength(1)),
	kind: v.picklist(KINDS),
	prompt: long,
	note: v.optional(long),
	text: v.optional(long),
	textIsQuote: v.optional(v.boolean()),
	multiple: v.optional(v.boolean()),
	choices: v.pipe(v.array(choice), v.maxLength(CAPS.choices)),
	range: v.optional(
		v.object({
			min: v.pipe(v.number(), v.finite()),
			max: v.pipe(v.number(), v.finite()),
			unit: short
		})
	),
	answer: long,
	accept: v.optional(v.pipe(v.array(long), v.maxLength(CAPS.list))),
	answerLabel: long,
	skill: v.optional(long),
	summaryBy: v.optional(short),
	counts: v.optional(short),
	who: v.nullable(v.object({ name: short, role: v.nullable(short), side: v.nullable(short) })),
	speakerId: v.optional(short),
	via: v.pipe(v.array(short), v.maxLength(CAPS.list)),
	article: count,
	passage: v.object({
		paragraph: v.pipe(count, v.minValue(1)),
		text: v.pipe(v.string(), v.minLength(1), v.maxLength(CAPS.passage)),
		mark: v.tuple([count, count]),
		at: count
	})
});

const quiz = v.object({
	version: v.literal(1),
	title: short,
	seed: v.pipe(v.number(), v.integer()),
	articles: v.pipe(
		v.array(v.object({ title: short, outlet: short, date: short })),
		v.minLength(1),
		v.maxLength(CAPS.articles)
	),
	questions: v.pipe(v.array(question), v.minLength(1), v.maxLength(CAPS.questions))
});

/** Where an issue is, in words: "question 3, choices". */
function where(issue: v.BaseIssue<unknown>): string {
	const path = (issue.path ?? []).map((p) => p.key);
	const words: string[] = [];
	for (let i = 0; i < path.length; i++) {
		const key = path[i];
		const next = path[i + 1];
		if (
			(key === 'questions' || key === 'articles' || key === 'choices') &&
			typeof next === 'number'
		) {
			words.push(
				`${key === 'questions' ? 'question' : key === 'articles' ? 'article' : 'choice'} ${next + 1}`
			);
			i++;
		} else words.push(String(key));
	}
	return words.length ? words.join(', ') : 'the quiz';
}

/** What is wrong with one question beyond its shape, or null. */
function questionProblem(q: PackedQuestion, articles: number): string | null {
	const values = q.choices.map((c) => c.value);
	if (new Set(values).size !== values.length) return 'two choices are the same';
	if (q.article >= articles) return 'it points to an article the link does not hold';
	const [start, end] = q.passage.mark;
	if (start >= end || end > q.passage.text.length) return 'its passage mark is outside the passage';
	if (q.accept && !q.accept.includes(q.answer))
		return 'its answer is not among its accepted answers';
	if (q.kind === 'estimate') {
		const value = Number(q.answer);
		if (!(value > 0) || !Number.isFinite(value)) return 'its answer is not a number';
		if (!q.range || !(q.range.min > 0) || !(q.range.min < q.range.max)) return 'it has no range';
		return null;
	}
	if (q.choices.length < 2) return 'it has fewer than two choices';
	const answers = q.multiple ? q.answer.split(',') : [q.answer];
	if (answers.some((a) => !values.includes(a))) return 'its answer is not one of its choices';
	return null;
}

export type Checked = { ok: true; quiz: PackedQuiz } | { ok: false; problem: string };

/** The quiz a decoded value holds, or what is wrong with it. */
export function checkPackedQuiz(value: unknown): Checked {
	const parsed = v.safeParse(quiz, value);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return { ok: false, problem: `${where(issue)} is not valid (${issue.message})` };
	}
	const out = parsed.output as PackedQuiz;
	const ids = new Set<string>();
	for (const [i, q] of out.questions.entries()) {
		if (ids.has(q.id)) return { ok: false, problem: `question ${i + 1} repeats another question` };
		ids.add(q.id);
		const problem = questionProblem(q, out.articles.length);
		if (problem) return { ok: false, problem: `question ${i + 1}: ${problem}` };
	}
	return { ok: true, quiz: out };
}
