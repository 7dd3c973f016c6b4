/** A lab round as the teacher pack's answer key, so every exporter (GIFT, Moodle, QTI…) takes it unchanged. */
import type { ArticleEvidence, Bank, Quote } from '$lib/extract/types';
import { answerKey, type AnswerKey } from '$lib/teach/answer-key';
import { packQuiz } from './pack';
import type { LabQuiz, PackedQuiz } from './types';
import { itemOf, unpackQuestion } from './unpack';

/**
 * The smallest bank the answer key reads: each question's item with its exact offsets in its
 * article, and the articles' titles. Built from the packed round, so a link's quiz exports too.
 */
function keyBank(packed: PackedQuiz): Bank {
	const articles: ArticleEvidence[] = packed.articles.map((a, i) => ({
		seed: `article-${i + 1}`,
		slug: `article-${i + 1}`,
		outlet: a.outlet,
		title: a.title,
		published: a.date,
		paragraphs: [],
		furniture: [],
		quoteIds: [],
		figureIds: []
	}));
	const quotes: Record<string, Quote> = {};
	for (const q of packed.questions) {
		const { text, mark, at, paragraph } = q.passage;
		const [start, end] = [at + mark[0], at + mark[1]];
		quotes[itemOf(q.id)] = {
			id: itemOf(q.id),
			seed: `article-${q.article + 1}`,
			text: text.slice(mark[0], mark[1]),
			start,
			end,
			kind: 'full',
			paragraph,
			sentence: { start: at, end: at + text.length },
			speakerId: null,
			speaker: null,
			cue: null,
			via: []
		};
	}
	return { version: 1, articles, entities: {}, quotes, figures: {}, links: [] };
}

/** The answer key of a lab round (or of the quiz a link carries); `link` is where the quiz is taken. */
export function labAnswerKey(quiz: LabQuiz | PackedQuiz, link = '/lab'): AnswerKey {
	const packed = 'bank' in quiz ? packQuiz(quiz) : quiz;
	const questions = packed.questions.map((q) => {
		const question = unpackQuestion(packed, q);
		question.source.href = link;
		return question;
	});
	const key = answerKey(
		keyBank(packed),
		{ module: 'lab', seed: packed.seed, questions },
		packed.title
	);
	return { ...key, link };
}
