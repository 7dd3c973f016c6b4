/** Blooket's spreadsheet import template as CSV: its two heading rows, then a question a row. */
import type { AnswerKey } from '../answer-key';
import {
	csvFile,
	oneLine,
	partition,
	sourceLine,
	stemOf,
	type ExportFile,
	type ExportOptions
} from './common';
import { fitsGameShow, gameShowWhy, rightNumbers } from './templates';

export const BLOOKET_HEADER = [
	'Question #',
	'Question Text',
	'Answer 1',
	'Answer 2',
	'Answer 3\n(Optional)',
	'Answer 4\n(Optional)',
	'Time Limit (sec)\n(Max: 300 seconds)',
	'Correct Answer(s)\n(Only include Answer #)',
	// Not read by Blooket; keeps each question's provenance beside it.
	'Source'
];

export function toBlooket(key: AnswerKey, options: ExportOptions): ExportFile {
	const { kept, leftOut } = partition(key, fitsGameShow, gameShowWhy);
	const rows = kept.map(({ q }, i) => {
		const answers = q.choices.map((c) => oneLine(c.label));
		while (answers.length < 4) answers.push('');
		return [
			i + 1,
			oneLine(stemOf(q)),
			...answers,
			60,
			rightNumbers(q).join(','),
			sourceLine(q, options)
		];
	});
	const title = ['Blooket\nImport Template', '', '', '', '', '', '', '', ''];
	return csvFile(key, 'blooket', [title, BLOOKET_HEADER, ...rows], leftOut);
}
