import { describe, expect, it } from 'vitest';
import { parse as parseGift } from 'gift-pegjs';
import { buildQuestion } from '$lib/quiz/generate';
import { mark } from '$lib/quiz/score';
import { EXPORT_FORMATS } from '$lib/teach/export/index';
import { fixtures, overlaps, parseHtml } from '../../../tests/lab/fixtures';
import {
	decodeLabResult,
	encodeFragment,
	decodeFragment,
	encodeLabResult,
	fingerprint,
	labAnswerKey,
	labBank,
	labQuiz,
	labTexts,
	packQuiz,
	readArticle,
	scoreLabResult,
	staleReviewKeys,
	unpackQuestion,
	LabLinkError
} from './index';
import type { LabQuiz } from './types';

const fixture = fixtures().find((f) => f.name === '09-figures')!;
const article = readArticle({ text: fixture.raw, fileName: fixture.file }, parseHtml);
const quoteOf = (bank: ReturnType<typeof labBank>, words: string) =>
	Object.values(bank.quotes).find((q) => overlaps(q.text, words))!;

function quizOf(review?: Parameters<typeof labBank>[1], seed = 5): LabQuiz {
	const quiz = labQuiz(labBank([article], review), [article], seed);
	if ('empty' in quiz) throw new Error(quiz.reason);
	return quiz;
}

describe('reviewing a lab article', () => {
	const bank = labBank([article]);
	const quote = quoteOf(bank, 'Walls move water');

	it('keeps item ids across reloads, so a review still applies', () => {
		expect(Object.keys(labBank([{ ...article, title: 'Edited title' }]).quotes)).toEqual(
			Object.keys(bank.quotes)
		);
	});

	it('changes a speaker to another of the article’s people', () => {
		const reviewed = labBank([article], {
			speaker: { [quote.id]: quoteOf(bank, 'Our members').speakerId! }
		});
		expect(reviewed.quotes[quote.id]!.speaker).toBe('Gareth Pryce');
	});

	it('takes a typed speaker who is not in the article, and the quiz answers with them', () => {
		const review = { newSpeakers: { [quote.id]: 'Ana Lúcia Ferreira' } };
		const reviewed = labBank([article], review);
		expect(reviewed.quotes[quote.id]!.speaker).toBe('Ana Lúcia Ferreira');
		const asked = [1, 2, 3, 4, 5, 6, 7, 8]
			.flatMap((seed) => quizOf(review, seed).questions)
			.filter((q) => q.source.item === quote.id && q.kind === 'who-said');
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.answerLabel).toBe('Ana Lúcia Ferreira');
		// The question itself, as every round builds it: the typed speaker is the one right choice.
		const question = buildQuestion(reviewed, `${quote.id}.who-said`, 1, {
			texts: labTexts([article])
		});
		expect(question?.answer).toBe(reviewed.quotes[quote.id]!.speakerId);
		expect(question?.choices.filter((c) => c.label === 'Ana Lúcia Ferreira')).toHaveLength(1);
	});

	it('drops an excluded quote from every round', () => {
		for (const seed of [1, 2, 3]) {
			const quiz = quizOf({ exclude: [quote.id] }, seed);
			expect(quiz.questions.map((q) => q.source.item)).not.toContain(quote.id);
		}
	});

	it('leaves out review keys that no longer name anything, and lists them', () => {
		const review = {
			exclude: ['q-00000000'],
			speaker: { [quote.id]: 'nobody-here' },
			side: { 'gone-entity': 'academic' as const }
		};
		expect(staleReviewKeys(bank, review).sort()).toEqual(
			['gone-entity', 'q-00000000', quote.id].sort()
		);
		expect(labBank([article], review).quotes[quote.id]!.speaker).toBe(quote.speaker);
	});
});

describe('several articles in the lab', () => {
	const [a, b] = fixtures()
		.slice(0, 2)
		.map((f) => readArticle({ text: f.raw, fileName: f.file }, parseHtml));

	it('calls an article with no outlet "the article", which reads right mid-sentence', () => {
		const bare = { ...article, outlet: '' };
		const quiz = labQuiz(labBank([bare]), [bare], 5);
		if ('empty' in quiz) throw new Error(quiz.reason);
		const words = quiz.questions.flatMap((q) => [q.note ?? '', ...q.choices.map((c) => c.label)]);
		expect(quiz.questions.every((q) => q.source.outlet === 'the article')).toBe(true);
		expect(words.some((w) => w.includes('the article'))).toBe(true);
		expect(words.filter((w) => /\S The article/.test(w))).toEqual([]);
	});

	it('asks which outlet only when the outlets can be told apart', () => {
		const kinds = (outlets: [string, string]) => {
			const articles = [
				{ ...a!, outlet: outlets[0] },
				{ ...b!, outlet: outlets[1] }
			];
			const quiz = labQuiz(labBank(articles), articles, 1);
			if ('empty' in quiz) throw new Error(quiz.reason);
			return quiz.module.kinds;
		};
		expect(kinds(['The Harbour Post', 'School News'])).toContain('which-outlet');
		expect(kinds(['The Harbour Post', 'the harbour post'])).not.toContain('which-outlet');
		expect(kinds(['The Harbour Post', 'the harbour post'])).toContain('who-relayed');
	});
});

describe('a lab quiz handed out and answered', () => {
	const quiz = quizOf();
	const packed = packQuiz(quiz);

	it('carries each question’s passage and not the article', async () => {
		for (const q of packed.questions) {
			const {
				text,
				mark: [a, b],
				at
			} = q.passage;
			expect(article.text.slice(at, at + text.length)).toBe(text);
			const item = quiz.bank.quotes[q.id.split('.')[0]!] ?? quiz.bank.figures[q.id.split('.')[0]!]!;
			expect(text.slice(a, b)).toBe(item.text);
		}
		// A longer article than the questions use: its other paragraphs must stay out of the link.
		const pier = fixtures().find((f) => f.name === '01-curly-quotes')!;
		const other = readArticle({ text: pier.raw }, parseHtml);
		const small = labQuiz(labBank([other]), [other], 5);
		if ('empty' in small) throw new Error(small.reason);
		const smallPacked = packQuiz(small);
		const link = JSON.stringify(await decodeFragment(await encodeFragment(smallPacked)));
		const passages = smallPacked.questions.map((q) => q.passage.text).join('\n');
		const unasked = other.text
			.split('\n')
			.filter((line) => line.length > 40 && line !== other.title && !passages.includes(line));
		expect(unasked.length).toBeGreaterThan(0);
		for (const line of unasked) expect(link).not.toContain(JSON.stringify(line).slice(1, -1));
	});

	it('scores a result link with the seed quizzes’ marking', async () => {
		const answers = packed.questions.map((q, i) => ({
			question: q.id,
			answer: i === 0 ? 'not-a-choice' : q.answer,
			confidence: null
		}));
		const link = await encodeLabResult({
			fingerprint: fingerprint(packed),
			name: ' Zoë ',
			answers,
			day: '2026-12-01',
			quiz: packed
		});
		const result = scoreLabResult(await decodeLabResult(link));
		const expected = packed.questions.reduce(
			(sum, q, i) => sum + mark(unpackQuestion(packed, q), answers[i]!.answer).points,
			0
		);
		expect(result.right).toBe(expected);
		expect(result.right).toBe(packed.questions.length - 1);
		expect(result.total).toBe(packed.questions.length);
		expect(result.name).toBe('Zoë');
		expect(result.module).toEqual({ slug: `lab-${fingerprint(packed)}`, title: packed.title });
	});

	it('refuses a result whose answers belong to another quiz', async () => {
		const link = await encodeLabResult({
			fingerprint: '0123456789abcdef',
			answers: [],
			day: '2026-12-01',
			quiz: packed
		});
		await expect(decodeLabResult(link)).rejects.toThrow(LabLinkError);
		await expect(decodeLabResult(link)).rejects.toThrow(/do not belong to the quiz/);
	});

	it('exports through every teacher-pack format, with the item’s exact place in the article', async () => {
		const key = labAnswerKey(packed, '/lab/take');
		expect(labAnswerKey(quiz, '/lab/take')).toEqual(key);
		for (const q of key.questions)
			expect(article.text.slice(q.source.start, q.source.end)).toBe(q.source.quote);
		for (const format of EXPORT_FORMATS) {
			const file = await format.build(key, { origin: 'https://example.test' });
			expect(file.body.length, format.name).toBeGreaterThan(0);
		}
		const gift = await EXPORT_FORMATS.find((f) => f.name === 'gift')!.build(key, {
			origin: 'https://example.test'
		});
		expect(() => parseGift(String(gift.body))).not.toThrow();
	});
});
