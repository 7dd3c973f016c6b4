import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isEstimate, type KeyQuestion } from '../answer-key';
import { toAiken } from './aiken';
import { toBlooket } from './blooket';
import { toGimkit } from './gimkit';
import { toKahoot, KAHOOT_HEADER_ROW } from './kahoot';
import { expectSource, keys, ORIGIN, rightLabels } from './fixture';
import { toQuizlet } from './quizlet';

const options = { origin: ORIGIN };
const all = keys();
const fitsFour = (q: KeyQuestion) => !isEstimate(q.answer) && q.choices.length <= 4;
const single = (q: KeyQuestion) => fitsFour(q) && !q.multiple && rightLabels(q).length === 1;

/** Reads Aiken as Moodle's importer does: a question line, lettered choices, then ANSWER: <letter>. */
function readAiken(text: string) {
	return text
		.trim()
		.split(/\n\s*\n/)
		.map((block) => {
			const lines = block.split('\n');
			const answer = /^ANSWER: ([A-Z])$/.exec(lines.at(-1)!);
			const choices = lines.slice(1, -1).map((line, i) => {
				const match = /^([A-Z])\. (.+)$/.exec(line);
				if (!match || match[1] !== String.fromCharCode(65 + i))
					throw new Error(`bad choice: ${line}`);
				return match[2]!;
			});
			if (!answer) throw new Error(`no answer line in ${block}`);
			return { stem: lines[0]!, choices, answer: choices[answer[1]!.charCodeAt(0) - 65] };
		});
}

describe('flat exports, read back by their readers', () => {
	it('Aiken keeps every single-answer question and lists what it left out', () => {
		for (const key of all) {
			const file = toAiken(key, options);
			const read = readAiken(file.body as string);
			const kept = key.questions.filter((q) => !isEstimate(q.answer) && !q.multiple);
			expect(read).toHaveLength(kept.length);
			expect(file.leftOut.map((l) => l.id)).toEqual(
				key.questions.filter((q) => !kept.includes(q)).map((q) => q.id)
			);
			kept.forEach((q, i) => {
				expect(read[i]!.choices).toEqual(q.choices.map((c) => c.label));
				expect([read[i]!.answer]).toEqual(rightLabels(q));
				expectSource(read[i]!.stem, q);
			});
		}
	});

	it('Quizlet gives one card a question: term with the question, definition with answer and source', () => {
		for (const key of all) {
			const lines = (toQuizlet(key, options).body as string).trimEnd().split('\n');
			expect(lines).toHaveLength(key.questions.length);
			key.questions.forEach((q, i) => {
				const cells = lines[i]!.split('\t');
				expect(cells).toHaveLength(2);
				expect(cells[0]).toContain(q.prompt);
				expect(cells[1]!.startsWith(q.answerLabel.replace(/\s+/g, ' '))).toBe(true);
				expectSource(cells[1]!, q);
			});
		}
	});

	it('Kahoot .xlsx reads back with its headings, answers, right numbers and sources', async () => {
		for (const key of all) {
			const file = await toKahoot(key, options);
			const book = new ExcelJS.Workbook();
			await book.xlsx.load((file.body as Uint8Array).buffer as ArrayBuffer);
			const sheet = book.worksheets[0]!;
			expect(sheet.getRow(KAHOOT_HEADER_ROW).getCell(2).value).toBe(
				'Question - max 120 characters'
			);
			const kept = key.questions.filter(fitsFour);
			expect(file.leftOut).toHaveLength(key.questions.length - kept.length);
			kept.forEach((q, i) => {
				const row = sheet.getRow(KAHOOT_HEADER_ROW + 1 + i);
				const cell = (n: number) => String(row.getCell(n).value ?? '');
				expect(cell(1)).toBe(String(i + 1));
				expect(cell(2).length).toBeLessThanOrEqual(120);
				expect(cell(2).startsWith(q.prompt.slice(0, 60))).toBe(true);
				const answers = [3, 4, 5, 6].map(cell).filter(Boolean);
				expect(answers).toHaveLength(q.choices.length);
				for (const a of answers) expect(a.length).toBeLessThanOrEqual(75);
				const right = cell(8)
					.split(',')
					.map((n) => q.choices[Number(n) - 1]!.label);
				expect(right).toEqual(rightLabels(q));
				expectSource(cell(9), q);
			});
			expect(sheet.getRow(KAHOOT_HEADER_ROW + 1 + kept.length).getCell(2).value).toBeNull();
		}
	});

	it('Blooket and Gimkit CSVs parse with their template headings, answers and sources', () => {
		for (const key of all) {
			const blooket = toBlooket(key, options).body as string;
			expect(blooket.startsWith('\ufeff')).toBe(true);
			const b = Papa.parse<string[]>(blooket.slice(1), { skipEmptyLines: true }).data;
			expect(b[1]![0]).toBe('Question #');
			const bKept = key.questions.filter(fitsFour);
			expect(b.slice(2)).toHaveLength(bKept.length);
			bKept.forEach((q, i) => {
				const row = b[i + 2]!;
				expect(row[1]).toContain(q.prompt);
				const right = row[7]!.split(',').map((n) => row[1 + Number(n)]);
				expect(right).toEqual(rightLabels(q));
				expectSource(row[8]!, q);
			});

			const gimkit = toGimkit(key, options).body as string;
			const g = Papa.parse<string[]>(gimkit.slice(1), { skipEmptyLines: true }).data;
			expect(g[1]!.slice(0, 2)).toEqual(['Question', 'Correct Answer']);
			const gKept = key.questions.filter(single);
			expect(g.slice(2)).toHaveLength(gKept.length);
			gKept.forEach((q, i) => {
				const row = g[i + 2]!;
				expect([row[1]]).toEqual(rightLabels(q));
				const wrong = row.slice(2, 5).filter(Boolean);
				expect([row[1], ...wrong].sort()).toEqual(q.choices.map((c) => c.label).sort());
				expectSource(row[5]!, q);
			});
		}
	});
});
