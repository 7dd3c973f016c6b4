/** A student's result for a lab quiz: a self-contained link the class report scores with the seed quizzes' marking. */
import * as v from 'valibot';
import { isPartialDate } from '$lib/dates';
import { scoreAnswers, type Scored } from '$lib/quiz/score';
import { cleanName, LIMITS, type ResultRecord } from '$lib/quiz/token';
import type { ScoredResult } from '$lib/share/scored';
import { toScoredResult } from '$lib/share/view';
import { decodeLink, encodeLink, LabLinkError, type LinkKind } from './fragment';
import { fingerprint } from './pack';
import type { LabResult } from './types';
import { unpackQuestion } from './unpack';
import { checkPackedQuiz } from './validate';

export const RESULT_LINK: LinkKind = { tag: 'r1', noun: 'results link' };

const resultShape = v.object({
	fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
	name: v.optional(v.pipe(v.string(), v.maxLength(4 * LIMITS.name))),
	answers: v.pipe(
		v.array(
			v.object({
				question: v.pipe(v.string(), v.maxLength(LIMITS.question)),
				answer: v.pipe(v.string(), v.maxLength(LIMITS.answer)),
				confidence: v.nullable(v.picklist(['sure', 'unsure']))
			})
		),
		v.maxLength(LIMITS.answers)
	),
	day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/), v.check(isPartialDate)),
	minutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.minutes))),
	quiz: v.unknown()
});

export function encodeLabResult(result: LabResult): Promise<string> {
	const name = result.name === undefined ? undefined : cleanName(result.name);
	return encodeLink(RESULT_LINK, { ...result, ...(name ? { name } : { name: undefined }) });
}

const damaged = (what: string) =>
	new LabLinkError(`This results link is damaged: ${what}. Ask the student to copy it again.`);

/** The result a fragment carries, its quiz checked and its fingerprint matching the quiz. */
export async function decodeLabResult(s: string): Promise<LabResult> {
	const parsed = v.safeParse(resultShape, await decodeLink(RESULT_LINK, s));
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
		throw damaged(`${path || 'the result'} is not valid (${issue.message})`);
	}
	const quiz = checkPackedQuiz(parsed.output.quiz);
	if (!quiz.ok) throw damaged(`its quiz: ${quiz.problem}`);
	if (fingerprint(quiz.quiz) !== parsed.output.fingerprint)
		throw damaged('its answers do not belong to the quiz it carries');
	const { name, minutes, ...rest } = parsed.output;
	const out: LabResult = { ...rest, quiz: quiz.quiz };
	if (name) out.name = cleanName(name);
	if (minutes !== undefined) out.minutes = minutes;
	return out;
}

/** The record the seed quizzes' views take: the module slug is the quiz's fingerprint. */
export function labRecord(result: LabResult): ResultRecord {
	const record: ResultRecord = {
		version: 2,
		module: `lab-${result.fingerprint}`,
		seed: result.quiz.seed,
		answers: result.answers,
		meta: { day: result.day, ...(result.minutes !== undefined ? { minutes: result.minutes } : {}) }
	};
	if (result.name) record.name = result.name;
	return record;
}

/** Scores a lab result with the seed quizzes' marking (`mark`, estimates' half marks included). */
export function scoreLabResult(result: LabResult): ScoredResult {
	const questions = new Map(result.quiz.questions.map((q) => [q.id, q]));
	const scored: Scored = {
		module: null,
		seed: result.quiz.seed,
		...scoreAnswers(result.answers, (id) => {
			const packed = questions.get(id);
			return packed ? unpackQuestion(result.quiz, packed) : null;
		})
	};
	const view = toScoredResult(scored, labRecord(result));
	return { ...view, module: { slug: `lab-${result.fingerprint}`, title: result.quiz.title } };
}
