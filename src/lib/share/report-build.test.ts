// The class report over real links: scored with the real bank and seed texts, as the teacher's
// browser does (it loads /api/texts.json so its rounds are the server's).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { quizModules } from '$lib/server/content';
import { makeQuiz, quizBank, quizOptions } from '$lib/server/quiz';
import { encodeResult, type ResultRecord } from '$lib/quiz/token';
import { reportCsv } from '../../routes/teach/report/report-csv';
import { buildReport, type Scorer } from './report';
import { readReportInput } from './report-input';
import { practiceCheck } from './score-client';
import { scoreToken } from './score-token';

const bank = quizBank();
const isPractice = practiceCheck(bank, quizModules, quizOptions);
const score: Scorer = (token) => {
	const scored = scoreToken(token, bank, quizModules, quizOptions);
	return scored.ok ? { ...scored, practice: isPractice(scored.record) } : scored;
};
const mixed = quizModules.find((m) => m.slug === 'mixed')!;

/** A round answered right where `right(i)`, wrong elsewhere; estimates off by 1.6× are "close". */
function record(seed: number, right: (i: number) => boolean, name?: string): ResultRecord {
	const quiz = makeQuiz(mixed, seed);
	return {
		version: 1,
		module: 'mixed',
		seed,
		answers: quiz.questions.map((q, i) => {
			let answer = q.answer;
			if (!right(i)) {
				if (q.kind === 'estimate') answer = String(Number(q.answer) * 1.6);
				else if (q.kind === 'said-or-not')
					answer = q.choices.find((c) => c.value !== q.answer)!.value;
				else answer = q.choices.find((c) => c.value !== q.answer)?.value ?? 'none';
			}
			return { question: q.id, answer, confidence: null };
		}),
		...(name ? { name } : {})
	};
}
const link = (r: ResultRecord) => `https://x.test/results/${encodeResult(r)}`;

describe('class report over real links', () => {
	const ana = record(2024, (i) => i % 2 === 0, 'Ana');
	const unnamed = record(2024, (i) => i < 3);
	const renamed = { ...unnamed, name: 'Chloé' };
	const other = record(5, () => true, 'Ben');
	const quiz = makeQuiz(mixed, 2024);
	const practice: ResultRecord = {
		...record(2024, () => true, 'Ana'),
		answers: ana.answers.slice(1, 3)
	};
	const v2 = {
		...record(2024, () => false, '李华 🦊'),
		meta: { day: '2026-12-01', attempt: 2, minutes: 14 }
	};
	const wrapped = link(v2);
	const text = [
		link(ana),
		link(unnamed),
		link(other),
		link(practice),
		wrapped.slice(0, 70),
		wrapped.slice(70),
		link(renamed),
		'https://x.test/results/abc.123'
	].join('\n');
	const report = buildReport(readReportInput(text), score);

	it('keeps other seeds and practice rounds out of the class group', () => {
		expect(report.groups.map((g) => [g.seed, g.otherSeed, g.students.map((s) => s.label)])).toEqual(
			[
				[2024, false, ['Ana', 'Chloé', '李华 🦊']],
				[5, true, ['Ben']]
			]
		);
		expect(report.practice.map((p) => [p.label, p.line])).toEqual([['Ana', 4]]);
		expect(report.duplicates).toMatchObject([
			{ line: 7, firstLine: 2, why: 'the same answers, with a name added' }
		]);
		expect(report.broken.map((b) => b.line)).toEqual([8]);
		const placed =
			report.groups.reduce((n, g) => n + g.students.length, 0) +
			report.practice.length +
			report.broken.length +
			report.duplicates.length;
		expect(placed).toBe(report.linkCount);
	});

	it('fills the grid in quiz order with ✓, ◐ for close estimates, ✗ and the pick', () => {
		const [group] = report.groups;
		expect(group!.columns.map((c) => c.id)).toEqual(quiz.questions.map((q) => q.id));
		const anaRow = group!.students[0]!;
		expect(anaRow.href).toBe(`/results/${encodeResult(ana)}`);
		quiz.questions.forEach((q, i) => {
			const cell = anaRow.cells[i]!;
			if (i % 2 === 0) expect(cell.status).toBe('right');
			else expect(cell.status).toBe(q.kind === 'estimate' ? 'close' : 'wrong');
			if (q.kind !== 'estimate' && q.kind !== 'said-or-not' && !q.multiple) {
				expect(cell.given).toBe(q.choices.find((c) => c.value === ana.answers[i]!.answer)!.label);
			}
		});
		const wrappedRow = group!.students[2]!;
		expect(wrappedRow.line).toBe(5);
		expect(wrappedRow.meta).toEqual({ day: '2026-12-01', attempt: 2, minutes: 14 });
	});

	it('reads names from a Google Forms export', () => {
		const csv = Papa.unparse([
			['Timestamp', 'Email Address', 'Your name', 'Paste your results link'],
			['2026/12/01 10:00', 'a@school.test', 'Dana', link(record(2024, () => true))]
		]);
		const forms = buildReport(readReportInput(csv), score);
		expect(forms.groups[0]!.students.map((s) => [s.label, s.line])).toEqual([['Dana', 2]]);
	});

	it('writes a BOM and one tidy row per student and question, names intact', () => {
		const csv = reportCsv(report);
		expect(csv.startsWith('\ufeff')).toBe(true);
		const rows = Papa.parse<Record<string, string>>(csv.slice(1).split('\r\n\r\n')[0]!, {
			header: true,
			skipEmptyLines: true
		}).data;
		const students =
			report.groups.reduce((n, g) => n + g.students.length, 0) + report.practice.length;
		expect(rows.length).toBe(
			report.groups.reduce((n, g) => n + g.students.length * g.columns.length, 0) +
				report.practice.reduce((n, p) => n + p.cells.length, 0)
		);
		expect(students).toBe(5);
		expect(new Set(rows.map((r) => r.student))).toEqual(
			new Set(['Ana', 'Chloé', '李华 🦊', 'Ben'])
		);
		const close = rows.find((r) => r.student === 'Ana' && r.result === 'close');
		expect(close?.points).toBe('0.5');
	});
});
