/** What a share link carries: the reviewed round's questions, answers and passages, never the article. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { paragraphOf } from '$lib/quiz/integrity';
import type { Question } from '$lib/quiz/types';
import type { LabQuiz, PackedPassage, PackedQuestion, PackedQuiz } from './types';

function passageOf(quiz: LabQuiz, q: Question): PackedPassage {
	const item = quiz.bank.quotes[q.source.item] ?? quiz.bank.figures[q.source.item];
	if (!item) throw new Error(`The lab's bank has no item ${q.source.item}.`);
	// The same paragraph the feedback of a seed quiz shows, and which the round's checks covered.
	const text = paragraphOf(quiz.bank, quiz.texts, item);
	const article = quiz.bank.articles.find((a) => a.seed === item.seed);
	const p = article?.paragraphs[item.paragraph - 1];
	const around = p && p.start <= item.start && p.end >= item.end ? p : item.sentence;
	const at = Math.min(around.start, item.start);
	const start = item.start - at;
	return { paragraph: item.paragraph, text, mark: [start, start + (item.end - item.start)], at };
}

function packQuestion(quiz: LabQuiz, q: Question): PackedQuestion {
	const article = quiz.seeds.indexOf(q.source.seed);
	const out: PackedQuestion = {
		id: q.id,
		kind: q.kind,
		prompt: q.prompt,
		choices: q.choices.map((c) => ({ ...c })),
		answer: q.answer,
		answerLabel: q.answerLabel,
		who: q.who ? { ...q.who } : null,
		via: [...q.via],
		article: Math.max(0, article),
		passage: passageOf(quiz, q)
	};
	if (q.note !== undefined) out.note = q.note;
	if (q.text !== undefined) out.text = q.text;
	if (q.textIsQuote !== undefined) out.textIsQuote = q.textIsQuote;
	if (q.multiple) out.multiple = true;
	if (q.range) out.range = { ...q.range };
	if (q.accept) out.accept = [...q.accept];
	if (q.skill !== undefined) out.skill = q.skill;
	if (q.summaryBy !== undefined) out.summaryBy = q.summaryBy;
	if (q.counts !== undefined) out.counts = q.counts;
	if (q.speakerId !== undefined) out.speakerId = q.speakerId;
	return out;
}

/** The round as a link carries it. */
export function packQuiz(quiz: LabQuiz): PackedQuiz {
	return {
		version: 1,
		title: quiz.title,
		seed: quiz.seed,
		// The bank's title and outlet: what the questions themselves say when the teacher left them empty.
		articles: quiz.articles.map((a, i) => {
			const meta = quiz.bank.articles.find((b) => b.seed === quiz.seeds[i]);
			return { title: meta?.title ?? a.title, outlet: meta?.outlet ?? a.outlet, date: a.date };
		}),
		questions: quiz.questions.map((q) => packQuestion(quiz, q))
	};
}

/** JSON with object keys sorted, so equal content always hashes alike whatever its key order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/** A stable SHA-256 of the packed quiz (16 hex digits): results of one quiz share it. */
export function fingerprint(packed: PackedQuiz): string {
	return bytesToHex(sha256(utf8ToBytes(canonical(packed)))).slice(0, 16);
}
