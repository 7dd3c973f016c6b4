/** Gimkit's CSV import template: a title row, its heading row, then one right and up to three wrong answers. */
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
import { fitsGimkit, gimkitWhy } from './templates';

export const GIMKIT_HEADER = [
	'Question',
	'Correct Answer',
	'Incorrect Answer 1',
	'Incorrect Answer 2 (Optional)',
	'Incorrect Answer 3 (Optional)',
	// Not read by Gimkit; keeps each question's provenance beside it.
	'Source'
];

export function toGimkit(key: AnswerKey, options: ExportOptions): ExportFile {
	const { kept, leftOut } = partition(key, fitsGimkit, gimkitWhy);
	const rows = kept.map(({ q }) => {
		const right = (q.answer as { values: string[] }).values[0];
		const correct = q.choices.find((c) => c.value === right)!;
		const wrong = q.choices.filter((c) => c !== correct).map((c) => oneLine(c.label));
		while (wrong.length < 3) wrong.push('');
		return [oneLine(stemOf(q)), oneLine(correct.label), ...wrong, sourceLine(q, options)];
	});
	const title = ['Gimkit Spreadsheet Import Template', '', '', '', '', ''];
	return csvFile(key, 'gimkit', [title, GIMKIT_HEADER, ...rows], leftOut);
}
