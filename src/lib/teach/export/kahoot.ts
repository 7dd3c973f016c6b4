/** Kahoot's quiz spreadsheet template (.xlsx): headings on row 8, a question a row from row 9. */
import ExcelJS from 'exceljs';
import type { AnswerKey } from '../answer-key';
import {
	fileBase,
	clipTo,
	oneLine,
	partition,
	sourceLine,
	stemOf,
	type ExportFile,
	type ExportOptions
} from './common';
import { fitsGameShow, gameShowWhy, rightNumbers } from './templates';

export const KAHOOT_HEADER_ROW = 8;
export const KAHOOT_LIMITS = { question: 120, answer: 75 } as const;
export const KAHOOT_HEADER = [
	'',
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one',
	// Not read by Kahoot; keeps each question's provenance beside it.
	'Source'
];

export async function toKahoot(key: AnswerKey, options: ExportOptions): Promise<ExportFile> {
	const { kept, leftOut } = partition(key, fitsGameShow, gameShowWhy);
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Sheet1');
	sheet.getCell('B2').value = 'Quiz template';
	sheet.getCell('B3').value = `Attributed: ${key.title}, seed ${key.seed}`;
	sheet.getCell('B4').value = `${options.origin}${key.link}`;
	sheet.getRow(KAHOOT_HEADER_ROW).values = KAHOOT_HEADER;
	kept.forEach(({ q }, i) => {
		const answers = q.choices.map((c) => clipTo(oneLine(c.label), KAHOOT_LIMITS.answer));
		sheet.getRow(KAHOOT_HEADER_ROW + 1 + i).values = [
			i + 1,
			// Kahoot cuts at 120 characters: a long quote is shortened with a visible ellipsis.
			clipTo(oneLine(stemOf(q)), KAHOOT_LIMITS.question),
			...answers,
			...Array.from({ length: 4 - answers.length }, () => null),
			30,
			rightNumbers(q).join(','),
			sourceLine(q, options)
		];
	});
	const buffer = await book.xlsx.writeBuffer();
	return {
		body: new Uint8Array(buffer as ArrayBuffer),
		type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		filename: `${fileBase(key)}.kahoot.xlsx`,
		leftOut
	};
}
