/** The class report: groups scored results by module and counts where the class went wrong. Runs in the browser. */
import type { FoundLink } from './links';
import {
	calibrationOf,
	percent,
	type Calibration,
	type ScoredQuestion,
	type ScoredResult
} from './scored';

export type Scorer = (
	token: string
) => { ok: true; result: ScoredResult } | { ok: false; error: string };

export interface StudentRow {
	line: number;
	label: string;
	right: number;
	total: number;
	percent: number | null;
}

export interface QuestionRow {
	id: string;
	kind: string;
	prompt: string;
	/** The quote or figure context, so a teacher sees which words the question was about. */
	text: string | null;
	expected: string;
	answered: number;
	right: number;
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
	students: StudentRow[];
	questions: QuestionRow[];
	confusions: Confusion[];
	calibration: Calibration;
	retired: number;
}

export interface ClassReport {
	groups: ModuleGroup[];
	broken: { line: number; text: string; reason: string }[];
	duplicates: { line: number; text: string; firstLine: number }[];
	unreadLines: FoundLink[];
	/** Every pasted link lands in exactly one of groups, broken or duplicates. */
	linkCount: number;
}

function group(
	slug: string,
	title: string,
	results: { line: number; result: ScoredResult }[]
): ModuleGroup {
	const questions = new Map<string, QuestionRow>();
	const confusions = new Map<string, Confusion>();
	const all: ScoredQuestion[] = [];
	let retired = 0;
	for (const { result } of results) {
		for (const q of result.questions) {
			all.push(q);
			if (q.status === 'retired') {
				retired++;
				continue;
			}
			const row = questions.get(q.id) ?? {
				id: q.id,
				kind: q.kind,
				prompt: q.prompt,
				text: q.text,
				expected: q.expected,
				answered: 0,
				right: 0,
				percent: null
			};
			row.answered++;
			if (q.status === 'right') row.right++;
			questions.set(q.id, row);
			if (q.status === 'wrong' && q.aboutSpeakers && q.given && q.expected) {
				const key = JSON.stringify([q.given, q.expected]);
				const confusion = confusions.get(key) ?? { picked: q.given, instead: q.expected, count: 0 };
				confusion.count++;
				confusions.set(key, confusion);
			}
		}
	}
	const questionRows = [...questions.values()].map((row) => ({
		...row,
		percent: percent(row.right, row.answered)
	}));
	// Hardest first: that is what a teacher goes over in class.
	questionRows.sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0) || a.id.localeCompare(b.id));
	return {
		slug,
		title,
		students: results.map(({ line, result }) => ({
			line,
			label: result.name || `Student on line ${line}`,
			right: result.right,
			total: result.total,
			percent: percent(result.right, result.total)
		})),
		questions: questionRows,
		confusions: [...confusions.values()].sort(
			(a, b) => b.count - a.count || a.picked.localeCompare(b.picked)
		),
		calibration: calibrationOf(all),
		retired
	};
}

/** Scores every link; each one ends up in a module group, the broken list or the duplicates list. */
export function buildReport(
	found: { links: FoundLink[]; unreadLines: FoundLink[] },
	score: Scorer
): ClassReport {
	const byModule = new Map<
		string,
		{ title: string; results: { line: number; result: ScoredResult }[] }
	>();
	const broken: ClassReport['broken'] = [];
	const duplicates: ClassReport['duplicates'] = [];
	const firstSeen = new Map<string, number>();
	for (const link of found.links) {
		if (link.token === null) {
			broken.push({
				line: link.line,
				text: link.text,
				reason: 'This is a link, but not to a quiz result.'
			});
			continue;
		}
		const earlier = firstSeen.get(link.token);
		if (earlier !== undefined) {
			duplicates.push({ line: link.line, text: link.text, firstLine: earlier });
			continue;
		}
		firstSeen.set(link.token, link.line);
		let scored: ReturnType<Scorer>;
		try {
			scored = score(link.token);
		} catch (error) {
			// A scorer bug must not hide the other links: this one is listed with the reason.
			scored = { ok: false, error: `It could not be scored (${String(error)}).` };
		}
		if (!scored.ok) {
			broken.push({ line: link.line, text: link.text, reason: scored.error });
			continue;
		}
		const entry = byModule.get(scored.result.module.slug) ?? {
			title: scored.result.module.title,
			results: []
		};
		entry.results.push({ line: link.line, result: scored.result });
		byModule.set(scored.result.module.slug, entry);
	}
	const groups = [...byModule.entries()]
		.map(([slug, { title, results }]) => group(slug, title, results))
		.sort((a, b) => b.students.length - a.students.length || a.title.localeCompare(b.title));
	return {
		groups,
		broken,
		duplicates,
		unreadLines: found.unreadLines,
		linkCount: found.links.length
	};
}
