import { describe, expect, it } from 'vitest';
import type { Bank, Entity } from '$lib/extract/types';
import { leaks, paragraphOf, secretOf, shownTexts } from '$lib/quiz/integrity';
import { fixtures, overlaps, parseHtml, words, type Expected } from '../../../tests/lab/fixtures';
import { flagsFor, labBank, labQuiz, labTexts, readArticle } from './index';

/** Whether an extracted entity is the person or body the expectation names. */
function sameActor(e: Entity | undefined, name: string | null): boolean {
	if (!e || name === null) return false;
	return [e.name, ...e.aliases].some((n) => overlaps(n, name));
}

/** What the hand-written expectation says of the item a question is about, or undefined if it lists none. */
function expectedFor(bank: Bank, expected: Expected, itemId: string) {
	const quote = bank.quotes[itemId];
	if (quote) return expected.quotes.find((x) => overlaps(x.text, quote.text));
	const figure = bank.figures[itemId]!;
	const found = expected.figures.find((x) => overlaps(x.text, figure.text));
	return found && { text: found.text, speaker: found.claimant };
}

describe('the lab over ten hand-written articles', () => {
	for (const fixture of fixtures()) {
		const { expected } = fixture;
		const article = readArticle({ text: fixture.raw, fileName: fixture.file }, parseHtml);
		const bank = labBank([article]);
		const texts = labTexts([article]);
		const flags = flagsFor(bank, texts);
		const quiz = labQuiz(bank, [article], 7);

		it(`${fixture.name}: reads the title, outlet and date the article gives`, () => {
			for (const [field, value] of Object.entries(expected.meta ?? {}))
				expect(article[field as 'title'], field).toBe(value);
			for (const junk of expected.notInText ?? []) expect(article.text).not.toContain(junk);
		});

		it(`${fixture.name}: finds every quotation written in the expectation`, () => {
			const found = Object.values(bank.quotes);
			for (const q of expected.quotes)
				expect(
					found.some((f) => overlaps(f.text, q.text)),
					q.text
				).toBe(true);
		});

		it(`${fixture.name}: gives a quiz, or a plain reason why not`, () => {
			if (expected.empty) {
				expect(quiz).toEqual({ empty: true, reason: expect.stringMatching(/^no |^only /) });
				return;
			}
			expect('empty' in quiz, JSON.stringify(quiz)).toBe(false);
		});

		it(`${fixture.name}: every passage is verbatim, every answer right or flagged for review`, () => {
			if ('empty' in quiz) return;
			expect(quiz.questions.length).toBeGreaterThan(0);
			for (const q of quiz.questions) {
				const item = bank.quotes[q.source.item] ?? bank.figures[q.source.item]!;
				expect(article.text).toContain(paragraphOf(bank, texts, item));
				expect(article.text.slice(item.start, item.end)).toBe(item.text);
				const speakerId = bank.quotes[item.id]?.speakerId ?? bank.figures[item.id]?.claimantId;
				const wanted = expectedFor(bank, expected, item.id);
				const right =
					wanted !== undefined && sameActor(bank.entities[speakerId ?? ''], wanted.speaker);
				const isQuote = item.id in bank.quotes;
				// A quote asked about must be one the expectation lists with its speaker, unless flagged.
				if (isQuote || wanted)
					expect(right || item.id in flags, `${q.id}: ${item.text}`).toBe(true);
				if (q.kind === 'who-said' && !(item.id in flags))
					expect(sameActor(bank.entities[q.answer], wanted!.speaker), q.id).toBe(true);
			}
		});

		it(`${fixture.name}: no question gives away another's answer`, () => {
			if ('empty' in quiz) return;
			for (const a of quiz.questions)
				for (const b of quiz.questions)
					if (a !== b)
						expect(leaks(shownTexts(bank, texts, a), secretOf(bank, b)), `${a.id} → ${b.id}`).toBe(
							false
						);
			const items = quiz.questions.map((q) => q.source.item);
			expect(new Set(items).size).toBe(items.length);
		});
	}

	it('keeps the outlet of every fixture apart when several are pasted together', () => {
		const articles = fixtures()
			.slice(0, 3)
			.map((f) => readArticle({ text: f.raw, fileName: f.file }, parseHtml));
		const quiz = labQuiz(labBank(articles), articles, 3);
		expect('empty' in quiz).toBe(false);
		if ('empty' in quiz) return;
		expect(quiz.module.kinds).toContain('which-outlet');
		expect(words(quiz.title)).toBe('3 articles');
	});
});
