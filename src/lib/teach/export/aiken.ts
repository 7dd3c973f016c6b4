/** Aiken: one question a line, lettered choices, one right letter; anything else is left out and said so. */
import type { AnswerKey } from '../answer-key';
import {
	fileBase,
	notSingle,
	oneLine,
	partition,
	singleAnswer,
	sourceLine,
	stemOf,
	type ExportFile,
	type ExportOptions
} from './common';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function toAiken(key: AnswerKey, options: ExportOptions): ExportFile {
	const { kept, leftOut } = partition(
		key,
		(q) => singleAnswer(q) && q.choices.length <= LETTERS.length,
		notSingle
	);
	const blocks = kept.map(({ q }) => {
		const answer = q.answer as { values: string[] };
		const right = q.choices.findIndex((c) => c.value === answer.values[0]);
		// Aiken has no feedback field: the source rides in the question line.
		const stem = oneLine(`${stemOf(q)} (${sourceLine(q, options)})`);
		return [
			stem,
			...q.choices.map((c, i) => `${LETTERS[i]}. ${oneLine(c.label)}`),
			`ANSWER: ${LETTERS[right]}`
		].join('\n');
	});
	return {
		body: blocks.join('\n\n') + '\n',
		type: 'text/plain; charset=utf-8',
		filename: `${fileBase(key)}.aiken.txt`,
		leftOut
	};
}
