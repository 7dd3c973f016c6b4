import { describe, expect, it } from 'vitest';
import { everything, goldBank, texts } from './gold-bank.fixture';
import { generateQuiz } from './generate';
import { roundProblem } from './round-fit';
import type { ResultRecord } from './token';
import type { QuizModule } from './types';

const bank = goldBank();
const module = everything(bank, 6);

/** A record answering a real round of `mod`, as the quiz would store it. */
function answered(mod: QuizModule, seed: number): ResultRecord {
	const quiz = generateQuiz(bank, mod, seed, { texts });
	const answers = quiz.questions.map((q) => ({
		question: q.id,
		answer: q.answer,
		confidence: null
	}));
	return { version: 1, module: mod.slug, seed, answers };
}

describe('roundProblem', () => {
	it('accepts every answer set the generator itself makes, and any part of it', () => {
		for (const seed of [0, 1, 7, 4242]) {
			const record = answered(module, seed);
			expect(roundProblem(bank, [module], record)).toBeNull();
			const practice = { ...record, answers: record.answers.slice(0, 2) };
			expect(roundProblem(bank, [module], practice)).toBeNull();
		}
	});

	it('refuses more answers than the module asks', () => {
		const bigger = answered(everything(bank, 8), 3);
		expect(roundProblem(bank, [module], bigger)).toMatch(/8 answers.*at most 6/);
	});

	it('refuses a kind the module never asks', () => {
		const record = answered(module, 5);
		const kinds = new Set(record.answers.map((a) => a.question.split('.').pop()));
		const narrow = { ...module, kinds: module.kinds.filter((k) => !kinds.has(k)) };
		expect(roundProblem(bank, [narrow], record)).toMatch(/kind this quiz never asks/);
	});

	it('refuses an article the module does not use', () => {
		const record = answered(module, 9);
		const narrow = { ...module, seeds: ['no-such-article'] };
		expect(roundProblem(bank, [narrow], record)).toMatch(/article this quiz does not use/);
	});

	it('refuses a quote asked as a figure, and an id with no kind', () => {
		const quoteId = Object.keys(bank.quotes)[0]!;
		const base = { version: 1 as const, module: module.slug, seed: 1 };
		const asFigure = {
			...base,
			answers: [{ question: `${quoteId}.estimate`, answer: '1', confidence: null }]
		};
		expect(roundProblem(bank, [module], asFigure)).toMatch(/never does/);
		const noKind = { ...base, answers: [{ question: quoteId, answer: 'x', confidence: null }] };
		expect(roundProblem(bank, [module], noKind)).toMatch(/not one Attributed makes/);
	});

	it('lets an item the bank no longer has through (shown as retired)', () => {
		const record = answered(module, 2);
		record.answers[0] = { ...record.answers[0]!, question: 'q-00000000.who-said' };
		expect(roundProblem(bank, [module], record)).toBeNull();
	});

	it('bounds a removed module by the largest round of any module', () => {
		const record = { ...answered(everything(bank, 7), 2), module: 'gone' };
		expect(roundProblem(bank, [module], record)).toMatch(/at most 6/);
		expect(roundProblem(bank, [module, everything(bank, 7)], record)).toBeNull();
	});
});
