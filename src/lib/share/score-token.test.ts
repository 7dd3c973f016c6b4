import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, it } from 'vitest';
import { everything, goldBank, texts } from '$lib/quiz/gold-bank.fixture';
import { generateQuiz } from '$lib/quiz/generate';
import { encodeResult, type ResultRecord } from '$lib/quiz/token';
import { scoreToken } from './score-token';

const bank = goldBank();
const module = everything(bank, 10);

function record(seed: number, name?: string): ResultRecord {
	const quiz = generateQuiz(bank, module, seed, { texts });
	return {
		version: 1,
		module: module.slug,
		seed,
		answers: quiz.questions.map((q, i) => ({
			question: q.id,
			answer: i % 2 ? q.answer : (q.choices.find((c) => c.value !== q.answer)?.value ?? 'x'),
			confidence: i % 3 ? 'sure' : null
		})),
		...(name ? { name } : {})
	};
}

describe('scoreToken', () => {
	it('scores a real token, recomputing points from the bank', () => {
		const scored = scoreToken(encodeResult(record(7, 'Ana')), bank, [module], { texts });
		expect(scored.ok).toBe(true);
		if (!scored.ok) return;
		expect(scored.result.module.slug).toBe(module.slug);
		expect(scored.result.name).toBe('Ana');
		expect(scored.result.total).toBe(10);
		expect(scored.result.questions).toHaveLength(10);
		expect(scored.result.questions.every((q) => q.sourceHref?.startsWith('/sources/'))).toBe(true);
	});

	it('still scores a result whose module was removed, under a title that says so', () => {
		const other = { ...record(1), module: 'no-such-quiz' };
		const scored = scoreToken(encodeResult(other), bank, [module]);
		expect(scored.ok && scored.result.module).toEqual({
			slug: 'no-such-quiz',
			title: 'A quiz that no longer exists'
		});
		expect(scored.ok && scored.result.total).toBe(10);
	});

	it('shows a question the bank no longer has as retired and still scores the rest', () => {
		const given = record(3);
		const first = given.answers[0]!;
		given.answers[0] = { ...first, question: 'q-00000000.who-said' };
		const scored = scoreToken(encodeResult(given), bank, [module]);
		expect(scored.ok && scored.result.questions[0]?.status).toBe('retired');
		expect(scored.ok && scored.result.total).toBe(9);
	});

	it('never throws on any string, and answers unknown answers as wrong', () => {
		fc.assert(
			fc.property(fc.string(), (token) => {
				expect(scoreToken(token, bank, [module]).ok).toBe(false);
			}),
			runs(100)
		);
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 10 }), (answers) => {
				const given = record(5);
				given.answers = given.answers.map((a, i) => ({ ...a, answer: answers[i] ?? a.answer }));
				expect(() => scoreToken(encodeResult(given), bank, [module])).not.toThrow();
			}),
			runs(50)
		);
	});
});
