/**
 * The class report as CSV: one tidy table (a row per student and question) that spreadsheets and R or
 * pandas read as is, then the summary (a row per student, per question and per mix-up) after a blank line.
 * Starts with a UTF-8 byte-order mark so spreadsheet apps read "Chloé" and emoji correctly.
 */
import { toCsv } from '$lib/share/csv';
import { CELL_WORD } from '$lib/share/report-grid';
import type { ClassReport, QuestionRow, StudentRow } from '$lib/share/report';

type Cell = string | number | null;

const TIDY_HEADER = [
	'module',
	'seed',
	'round',
	'student',
	'line',
	'question number',
	'question id',
	'question',
	'right answer',
	'given',
	'result',
	'points',
	'day',
	'attempt',
	'minutes',
	'results link'
];

const POINTS = { right: 1, close: 0.5, wrong: 0, retired: null, missing: null } as const;

function tidyRows(
	title: string,
	seed: number,
	round: string,
	columns: QuestionRow[],
	students: StudentRow[],
	origin: string
): Cell[][] {
	return students.flatMap((s) =>
		columns.map((q, i) => {
			const cell = s.cells[i]!;
			return [
				title,
				seed,
				round,
				s.label,
				s.line,
				q.number,
				q.id,
				q.text ? `${q.prompt} ${q.text}` : q.prompt,
				q.expected,
				cell.given,
				CELL_WORD[cell.status],
				POINTS[cell.status],
				s.meta.day ?? null,
				s.meta.attempt ?? null,
				s.meta.minutes ?? null,
				`${origin}${s.href}`
			];
		})
	);
}

function summaryRows(report: ClassReport): Cell[][] {
	const rows: Cell[][] = [
		[
			'summary',
			'module',
			'seed',
			'line or question',
			'student or question',
			'points',
			'out of',
			'percent'
		]
	];
	for (const g of report.groups) {
		for (const s of g.students) {
			rows.push(['student', g.title, g.seed, s.line, s.label, s.right, s.total, s.percent]);
		}
		for (const q of g.questions) {
			const label = q.text ? `${q.prompt} ${q.text}` : q.prompt;
			rows.push([
				'question',
				g.title,
				g.seed,
				q.id,
				label,
				q.right + q.close / 2,
				q.answered,
				q.percent
			]);
		}
		for (const c of g.confusions) {
			rows.push([
				'mix-up',
				g.title,
				g.seed,
				null,
				`picked ${c.picked} instead of ${c.instead}`,
				null,
				c.count,
				null
			]);
		}
	}
	for (const p of report.practice) {
		rows.push(['practice round', p.title, p.seed, p.line, p.label, p.right, p.total, p.percent]);
	}
	for (const b of report.broken)
		rows.push(['broken link', null, null, b.line, `${b.text}: ${b.reason}`, null, null, null]);
	for (const d of report.duplicates) {
		rows.push([
			'duplicate',
			null,
			null,
			d.line,
			`${d.text} (${d.why} as line ${d.firstLine})`,
			null,
			null,
			null
		]);
	}
	return rows;
}

export function reportCsv(report: ClassReport, origin = ''): string {
	const tidy: Cell[][] = [TIDY_HEADER];
	for (const g of report.groups) {
		const round = g.otherSeed ? 'other seed' : 'class';
		tidy.push(...tidyRows(g.title, g.seed, round, g.columns, g.students, origin));
	}
	for (const p of report.practice) {
		tidy.push(...tidyRows(p.title, p.seed, 'practice', p.columns, [p], origin));
	}
	return '\ufeff' + toCsv(tidy) + '\r\n' + toCsv(summaryRows(report));
}
