/** Reads every pasted link once: broken, the same link twice, the same student renamed, practice, or a class round. */
import type { ResultRecord } from '$lib/quiz/token';
import type { FoundLink } from './links';
import {
	groupRounds,
	questionRows,
	studentRow,
	type ClassReport,
	type ReportLink,
	type Scored,
	type Scorer
} from './report';

/** Same quiz, same seed, same answers and sureness: the same student's round, whatever the name says. */
function answersKey(record: ResultRecord | undefined, token: string): string {
	if (!record) return token;
	return JSON.stringify([record.module, record.seed, record.answers]);
}

function scoreSafely(score: Scorer, token: string): ReturnType<Scorer> {
	try {
		return score(token);
	} catch (error) {
		// A scorer bug must not hide the other links: this one is listed with the reason.
		return { ok: false, error: `It could not be scored (${String(error)}).` };
	}
}

/** Scores every link; each one ends up in a group, the practice list, the broken list or the duplicates. */
export function buildReport(
	found: { links: ReportLink[]; unreadLines: FoundLink[] },
	score: Scorer
): ClassReport {
	const broken: ClassReport['broken'] = [];
	const duplicates: ClassReport['duplicates'] = [];
	const kept: { link: ReportLink; token: string; scored: Scored }[] = [];
	const byToken = new Map<string, number>();
	const byAnswers = new Map<string, number>();
	for (const link of found.links) {
		if (link.token === null) {
			broken.push({
				line: link.line,
				text: link.text,
				reason: 'This is a link, but not to a quiz result.'
			});
			continue;
		}
		const earlier = byToken.get(link.token);
		if (earlier !== undefined) {
			duplicates.push({
				line: link.line,
				text: link.text,
				firstLine: earlier,
				why: 'the same link'
			});
			continue;
		}
		byToken.set(link.token, link.line);
		const scored = scoreSafely(score, link.token);
		if (!scored.ok) {
			broken.push({ line: link.line, text: link.text, reason: scored.error });
			continue;
		}
		const key = answersKey(scored.record, link.token);
		const index = byAnswers.get(key);
		if (index !== undefined) {
			const first = kept[index]!;
			const [older, newer] = [first.scored.result.name ?? '', scored.result.name ?? ''];
			// Two different names on identical answers could be two students; one name added or kept is one.
			if (older === '' || newer === '' || older === newer) {
				if (older === '' && newer !== '')
					kept[index] = { link: { ...link, line: first.link.line }, token: link.token, scored };
				duplicates.push({
					line: link.line,
					text: link.text,
					firstLine: first.link.line,
					why: older === newer ? 'the same answers' : 'the same answers, with a name added'
				});
				continue;
			}
		}
		byAnswers.set(key, kept.length);
		kept.push({ link, token: link.token, scored });
	}
	const practiceEntries = kept.filter((e) => e.scored.practice);
	const rounds = kept.filter((e) => !e.scored.practice);
	return {
		groups: groupRounds(rounds),
		practice: practiceEntries.map((e) => {
			const columns = questionRows([e]).columns;
			return {
				...studentRow(
					e,
					columns.map((c) => c.id)
				),
				title: e.scored.result.module.title,
				seed: e.scored.result.seed,
				columns
			};
		}),
		broken,
		duplicates,
		unreadLines: found.unreadLines,
		linkCount: found.links.length
	};
}
