/** The class report as CSV rows: one row per student, then one per question, so one file opens in any spreadsheet. */
import { toCsv } from '$lib/share/csv';
import type { ClassReport } from '$lib/share/report';

export function reportCsv(report: ClassReport): string {
	const rows: (string | number | null)[][] = [
		['section', 'module', 'line or question', 'student or question', 'right', 'out of', 'percent']
	];
	for (const group of report.groups) {
		for (const s of group.students) {
			rows.push(['student', group.title, s.line, s.label, s.right, s.total, s.percent]);
		}
		for (const q of group.questions) {
			rows.push([
				'question',
				group.title,
				q.id,
				q.text ? `${q.prompt} ${q.text}` : q.prompt,
				q.right,
				q.answered,
				q.percent
			]);
		}
		for (const c of group.confusions) {
			rows.push([
				'confusion',
				group.title,
				null,
				`picked ${c.picked} instead of ${c.instead}`,
				null,
				c.count,
				null
			]);
		}
	}
	for (const b of report.broken)
		rows.push(['broken link', null, b.line, `${b.text}: ${b.reason}`, null, null, null]);
	for (const d of report.duplicates) {
		rows.push([
			'duplicate',
			null,
			d.line,
			`${d.text} (same as line ${d.firstLine})`,
			null,
			null,
			null
		]);
	}
	return toCsv(rows);
}
