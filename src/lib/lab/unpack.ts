/** A packed question back in the quiz engine's shape, so the seed quizzes' marking and views apply. */
import type { Side } from '$lib/extract/types';
import type { Question } from '$lib/quiz/types';
import type { PackedQuestion, PackedQuiz } from './types';

/** The bank item a question id names (`<item>.<kind>`). */
export function itemOf(id: string): string {
	const dot = id.lastIndexOf('.');
	return dot > 0 ? id.slice(0, dot) : id;
}

export function unpackQuestion(packed: PackedQuiz, q: PackedQuestion): Question {
	const article = packed.articles[q.article];
	const out: Question = {
		id: q.id,
		kind: q.kind,
		prompt: q.prompt,
		choices: q.choices,
		answer: q.answer,
		answerLabel: q.answerLabel,
		source: {
			item: itemOf(q.id),
			seed: `article-${q.article + 1}`,
			slug: `article-${q.article + 1}`,
			href: `#${itemOf(q.id)}`,
			outlet: article?.outlet ?? '',
			published: article?.date ?? '',
			paragraph: q.passage.paragraph
		},
		who: q.who ? { ...q.who, side: q.who.side as Side | null } : null,
		via: q.via,
		alsoIn: []
	};
	if (q.note !== undefined) out.note = q.note;
	if (q.text !== undefined) out.text = q.text;
	if (q.textIsQuote !== undefined) out.textIsQuote = q.textIsQuote;
	if (q.multiple) out.multiple = true;
	if (q.range) out.range = q.range;
	if (q.accept) out.accept = q.accept;
	if (q.skill !== undefined) out.skill = q.skill;
	if (q.summaryBy !== undefined) out.summaryBy = q.summaryBy;
	if (q.counts !== undefined) out.counts = q.counts;
	if (q.speakerId !== undefined) out.speakerId = q.speakerId;
	return out;
}
