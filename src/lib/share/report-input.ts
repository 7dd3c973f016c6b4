/** What a teacher pastes or loads: plain links, links an email client wrapped, or a Google or Microsoft Forms CSV. */
import Papa from 'papaparse';
import { decodeResult } from '$lib/quiz/token';
import { findLinks, type FoundLink } from './links';
import type { ReportLink } from './report';

const RESULTS = /\/results\/([A-Za-z0-9_.-]*)\s*$/;
const TOKEN_PIECE = /^[A-Za-z0-9_.-]+$/;

/**
 * Email clients break long links across lines. Where a results link does not decode and the next line is
 * nothing but more token characters, the two are joined when the joined token decodes. The joined-in line
 * is emptied (not removed) so line numbers still point at the pasted text.
 */
export function rejoinWrapped(text: string): string {
	const lines = text.split(/\r\n|\r|\n/);
	for (let i = 0; i < lines.length - 1; i++) {
		const match = RESULTS.exec(lines[i]!);
		if (!match || decodeResult(match[1]!).ok) continue;
		let joined = match[1]!;
		for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
			const piece = lines[j]!.trim();
			if (!TOKEN_PIECE.test(piece)) break;
			joined += piece;
			if (decodeResult(joined).ok) {
				lines[i] = lines[i]!.replace(RESULTS, `/results/${joined}`);
				for (let k = i + 1; k <= j; k++) lines[k] = '';
				break;
			}
		}
	}
	return lines.join('\n');
}

/** The column holding students' names in a form export ("Your name", "Name", "Full name"…), if any. */
export function nameColumn(header: string[]): number {
	const named = header.map((h, i) => ({ h: h.trim(), i })).filter(({ h }) => /name/i.test(h));
	const usable = named.filter(({ h }) => !/e-?mail|user ?name|file ?name/i.test(h));
	const preferred = usable.find(({ h }) => /your name|full name|student|first name/i.test(h));
	return (preferred ?? usable[0])?.i ?? -1;
}

function formsCsv(text: string): { links: ReportLink[]; unreadLines: FoundLink[] } | null {
	const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
	if (firstLine.includes('/results/') || !/,|\t/.test(firstLine)) return null;
	const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true });
	const [header, ...rows] = parsed.data;
	if (!header) return null;
	const column = nameColumn(header);
	if (column < 0) return null;
	const links: ReportLink[] = [];
	const unreadLines: FoundLink[] = [];
	rows.forEach((row, index) => {
		// Row n of the data is line n + 1 of the file (after the heading row).
		const line = index + 2;
		const found = findLinks(rejoinWrapped(row.filter((_, i) => i !== column).join('\n')));
		const formName = row[column]?.trim() || undefined;
		if (found.links.length === 0) unreadLines.push({ line, text: row.join(', '), token: null });
		for (const link of found.links) links.push({ ...link, line, formName });
	});
	return { links, unreadLines };
}

export function readReportInput(text: string): { links: ReportLink[]; unreadLines: FoundLink[] } {
	return formsCsv(text) ?? findLinks(rejoinWrapped(text));
}
