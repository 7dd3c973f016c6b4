/** Quizlet import: one card a line, term and definition split by a tab. */
import { isEstimate, type AnswerKey, type KeyQuestion } from '../answer-key';
import {
	fileBase,
	oneLine,
	sourceLine,
	stemOf,
	type ExportFile,
	type ExportOptions
} from './common';

/** The term shows the choices too, so a card works without the quiz page beside it. */
function term(q: KeyQuestion): string {
	if (isEstimate(q.answer) || q.choices.length === 0) return oneLine(stemOf(q));
	return oneLine(`${stemOf(q)} Choices: ${q.choices.map((c) => c.label).join(' / ')}`);
}

function definition(q: KeyQuestion, options: ExportOptions): string {
	return oneLine(`${q.answerLabel}. ${q.note ? `${q.note} ` : ''}${sourceLine(q, options)}`);
}

export function toQuizlet(key: AnswerKey, options: ExportOptions): ExportFile {
	const lines = key.questions.map((q) => `${term(q)}\t${definition(q, options)}`);
	return {
		body: lines.join('\n') + '\n',
		type: 'text/tab-separated-values; charset=utf-8',
		filename: `${fileBase(key)}.quizlet.tsv`,
		leftOut: []
	};
}
