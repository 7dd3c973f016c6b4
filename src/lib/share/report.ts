/** The class report: groups scored results by module and seed and counts where the class went wrong. Runs in the browser. */
import type { ResultMeta, ResultRecord } from '$lib/quiz/token';
import { resultHref, type FoundLink } from './links';
import { cellStatus, gridCells, type GridCell } from './report-grid';
import {
	calibrationOf,
	percent,
	type Calibration,
	type ScoredQuestion,
	type ScoredResult
} from './scored';

export type Scored = {
	ok: true;
	result: ScoredResult;
	record?: ResultRecord;
	/** A practice round (or part of a round): shown apart, never in the class figures. */
	practice?: boolean;
};
export type Scorer = (token: string) => Scored | { ok: false; error: string };

/** A link as the report reads it: the pasted text, and the name a form put beside it, if any. */
export type ReportLink = FoundLink & { formName?: string };

export interface StudentRow {
	line: number;
	label: string;
	/** The results page, so the teacher can open exactly what the student saw. */
	href: string;
	right: number;
	total: number;
	percent: number | null;
	cells: GridCell[];
	meta: ResultMeta;
}

export interface QuestionRow {
	id: string;
	number: number;
	kind: string;
	prompt: string;
	/** The quote or figure context, so a teacher sees which words the question was about. */
	text: string | null;
	expected: string;
	answered: number;
	right: number;
	close: number;
	percent: number | null;
}

export interface Confusion {
	/** Who students picked… */
	picked: string;
	/** …instead of who really said it. */
	instead: string;
	count: number;
}

export interface ModuleGroup {
	slug: string;
	title: string;
	seed: number;
	/** Another seed of a module most of the class took on one seed: a different set of questions. */
	otherSeed: boolean;
	/** The round's questions in quiz order: the grid's columns. */
	columns: QuestionRow[];
	students: StudentRow[];
	/** The same questions, hardest first. */
	questions: QuestionRow[];
	confusions: Confusion[];
	calibration: Calibration;
	retired: number;
}

/** A practice round, listed apart with its own questions: never in the class figures. */
export type PracticeRow = StudentRow & { title: string; seed: number; columns: QuestionRow[] };

export interface ClassReport {
	groups: ModuleGroup[];
	practice: PracticeRow[];
	broken: { line: number; text: string; reason: string }[];
	duplicates: { line: number; text: string; firstLine: number; why: string }[];
	unreadLines: FoundLink[];
	/** Every pasted link lands in exactly one of groups, practice, broken or duplicates. */
	linkCount: number;
}

export interface Entry {
	link: ReportLink;
	token: string;
	scored: Scored;
}

export function questionRows(entries: Entry[]): { columns: QuestionRow[]; retired: number } {
	const rows = new Map<string, QuestionRow>();
	let retired = 0;
	for (const { scored } of entries) {
		scored.result.questions.forEach((q, i) => {
			if (q.status === 'retired') {
				retired++;
				return;
			}
			const row = rows.get(q.id) ?? {
				id: q.id,
				number: i + 1,
				kind: q.kind,
				prompt: q.prompt,
				text: q.text,
				expected: q.expected,
				answered: 0,
				right: 0,
				close: 0,
				percent: null
			};
			row.answered++;
			const status = cellStatus(q);
			if (status === 'right') row.right++;
			if (status === 'close') row.close++;
			rows.set(q.id, row);
		});
	}
	const columns = [...rows.values()]
		.map((row) => ({ ...row, percent: percent(row.right + row.close / 2, row.answered) }))
		.sort((a, b) => a.number - b.number);
	return { columns, retired };
}

function confusionsOf(all: ScoredQuestion[]): Confusion[] {
	const confusions = new Map<string, Confusion>();
	for (const q of all) {
		if (q.status !== 'wrong' || !q.aboutSpeakers || !q.given || !q.expected) continue;
		const key = JSON.stringify([q.given, q.expected]);
		const confusion = confusions.get(key) ?? { picked: q.given, instead: q.expected, count: 0 };
		confusion.count++;
		confusions.set(key, confusion);
	}
	return [...confusions.values()].sort(
		(a, b) => b.count - a.count || a.picked.localeCompare(b.picked)
	);
}

export function studentRow(entry: Entry, columns: string[]): StudentRow {
	const { result, record } = entry.scored;
	return {
		line: entry.link.line,
		label: result.name || entry.link.formName || `Student on line ${entry.link.line}`,
		href: resultHref(entry.token),
		right: result.right,
		total: result.total,
		percent: percent(result.right, result.total),
		cells: gridCells(result, columns),
		meta: record?.meta ?? {}
	};
}

function group(entries: Entry[], otherSeed: boolean): ModuleGroup {
	const first = entries[0]!.scored.result;
	const { columns, retired } = questionRows(entries);
	const ids = columns.map((c) => c.id);
	const all = entries.flatMap((e) => e.scored.result.questions);
	return {
		slug: first.module.slug,
		title: first.module.title,
		seed: first.seed,
		otherSeed,
		columns,
		students: entries.map((e) => studentRow(e, ids)),
		// Hardest first: that is what a teacher goes over in class.
		questions: [...columns].sort(
			(a, b) => (a.percent ?? 0) - (b.percent ?? 0) || a.number - b.number
		),
		confusions: confusionsOf(all),
		calibration: calibrationOf(all),
		retired
	};
}

/** Rounds of one module on one seed are one group; a module's biggest seed is the class, the rest apart. */
export function groupRounds(entries: Entry[]): ModuleGroup[] {
	const bySeed = new Map<string, Entry[]>();
	for (const entry of entries) {
		const { module, seed } = entry.scored.result;
		const key = `${module.slug}\n${seed}`;
		bySeed.set(key, [...(bySeed.get(key) ?? []), entry]);
	}
	const sets = [...bySeed.values()].sort(
		(a, b) => b.length - a.length || a[0]!.link.line - b[0]!.link.line
	);
	const classSeed = new Map<string, number>();
	for (const set of sets) {
		const { module, seed } = set[0]!.scored.result;
		if (!classSeed.has(module.slug)) classSeed.set(module.slug, seed);
	}
	return sets.map((set) => {
		const { module, seed } = set[0]!.scored.result;
		return group(set, classSeed.get(module.slug) !== seed);
	});
}

export { buildReport } from './report-build';
