import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, it } from 'vitest';
import type { Bank, Entity } from '$lib/extract/types';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bankFrom } from '$lib/server/bank';
import { everything, goldBank, texts } from './gold-bank.fixture';
import { candidates, capacity, generateQuiz, QuizError } from './generate';
import { mentions, revealingNames } from './mask';
import { mark } from './score';
import { KINDS, publicQuestion, type Question, type QuizModule } from './types';

const seeds = fc.integer({ min: 0, max: 0xffffffff });
const bank = goldBank();
const allKinds = everything(bank, 25);

const seedsDir = resolve(import.meta.dirname, '../../../seeds');
const meta = JSON.parse(readFileSync(resolve(seedsDir, 'articles.json'), 'utf8'));
/** The extractor's own bank (no review file), optionally without some articles. */
function extracted(without: string[] = []): Bank {
	const files = Object.fromEntries(
		Object.entries(texts).filter(([seed]) => !without.includes(seed))
	);
	const inputs = Object.entries(files).map(([seed, text]) => ({ seed, text, meta: meta[seed] }));
	return bankFrom(inputs, undefined);
}

const banks: [string, Bank, Bank][] = [
	['the answer-key bank', bank, goldBank(['003_b3c3fcc1c6bb77dc.txt'])],
	['the extracted bank', extracted(), extracted(['003_b3c3fcc1c6bb77dc.txt'])]
];

for (const [name, bank, without] of banks) {
	const allKinds = everything(bank, 25);
	// Each kind alone, asking as many as it can (up to 8).
	const perKind: QuizModule[] = KINDS.map((kind) => {
		const module = { ...allKinds, slug: kind, kinds: [kind], count: 1 };
		return { ...module, count: Math.min(8, capacity(bank, module, { texts })) };
	}).filter((m) => m.count > 0);

	// The properties below share one fast-check seed, so they draw the same quiz seeds: generate once.
	const generated = new Map<number, Question[]>();
	function quizzes(seed: number): Question[] {
		let questions = generated.get(seed);
		if (!questions) {
			questions = [allKinds, ...perKind].flatMap(
				(m) => generateQuiz(bank, m, seed, { texts }).questions
			);
			generated.set(seed, questions);
		}
		return questions;
	}

	/** The entity whose names the question must not show. */
	function hidden(q: Question): Entity | undefined {
		const item = bank.quotes[q.source.item];
		const figure = bank.figures[q.source.item];
		if (q.kind === 'who-relayed') return bank.entities[item!.via[0]!];
		if (q.kind === 'whose-number')
			return figure?.claimantId ? bank.entities[figure.claimantId] : undefined;
		if (q.kind === 'who-said' || q.kind === 'which-side' || q.kind === 'said-or-not') {
			return bank.entities[item!.speakerId!];
		}
		return undefined;
	}

	// Up to a minute each under two busy loops on a loaded two-core machine: allow five.
	describe(`generated questions from ${name}, over many seeds`, { timeout: 300_000 }, () => {
		it('every kind has questions to ask', () => {
			for (const [kind, ids] of candidates(bank, allKinds, { texts })) {
				expect(ids.length, kind).toBeGreaterThanOrEqual(2);
			}
		});
		it('have exactly one right choice, and it is among the choices', () => {
			fc.assert(
				fc.property(seeds, (seed) => {
					for (const q of quizzes(seed)) {
						if (q.kind === 'estimate') {
							expect(Number(q.answer)).toBeGreaterThan(q.range!.min);
							expect(Number(q.answer)).toBeLessThan(q.range!.max);
							expect(mark(q, q.answer).right).toBe(true);
							expect(mark(q, String(Number(q.answer) * 3)).right).toBe(false);
							continue;
						}
						const values = q.choices.map((c) => c.value);
						if (q.multiple) {
							for (const v of q.answer.split(',')) expect(values).toContain(v);
							expect(mark(q, q.answer).right).toBe(true);
							expect(mark(q, values.join(',')).right).toBe(values.join(',') === q.answer);
							continue;
						}
						const right = q.choices.filter((c) => mark(q, c.value).right);
						expect(
							right.map((c) => c.value),
							q.id
						).toEqual([q.answer]);
					}
				}),
				runs(40)
			);
		}, 120_000);

		it('never repeat a choice, by value or by what the student reads', () => {
			fc.assert(
				fc.property(seeds, (seed) => {
					for (const q of quizzes(seed)) {
						const labels = q.choices.map((c) => c.label.toLowerCase());
						expect(new Set(labels).size, q.id).toBe(labels.length);
						expect(new Set(q.choices.map((c) => c.value)).size, q.id).toBe(q.choices.length);
					}
				}),
				runs(40)
			);
		}, 120_000);

		it('never show the masked speaker, relay or claimant in the question', () => {
			fc.assert(
				fc.property(seeds, (seed) => {
					for (const q of quizzes(seed)) {
						const entity = hidden(q);
						if (!entity) continue;
						const names = revealingNames(entity);
						expect(mentions(q.text ?? '', names), `${q.id}: ${q.text}`).toBe(false);
						if (q.kind !== 'said-or-not') expect(mentions(q.prompt, names), q.prompt).toBe(false);
					}
				}),
				runs(40)
			);
		}, 120_000);

		it('are identical for the same seed, and differ across seeds', () => {
			fc.assert(
				fc.property(seeds, (seed) => {
					const a = generateQuiz(bank, allKinds, seed, { texts });
					const b = generateQuiz(structuredClone(bank), { ...allKinds }, seed, {
						texts: { ...texts }
					});
					expect(JSON.stringify(b)).toBe(JSON.stringify(a));
				}),
				runs(20)
			);
			const orders = new Set(
				[1, 2, 3, 4, 5].map((s) =>
					generateQuiz(bank, allKinds, s, { texts })
						.questions.map((q) => q.id)
						.join()
				)
			);
			expect(orders.size).toBeGreaterThan(1);
		}, 120_000);

		it('keep their ids and answers when another article is added to the bank', () => {
			const module: QuizModule = {
				...allKinds,
				seeds: without.articles.map((a) => a.slug),
				count: 20
			};
			fc.assert(
				fc.property(seeds, (seed) => {
					const before = generateQuiz(without, module, seed, { texts }).questions;
					const after = generateQuiz(bank, module, seed, { texts }).questions;
					expect(after.map((q) => q.id)).toEqual(before.map((q) => q.id));
					for (const [i, q] of before.entries()) {
						if (q.kind === 'said-or-not' || q.kind === 'which-outlet') continue;
						expect(after[i]!.answer, q.id).toBe(q.answer);
					}
				}),
				runs(20)
			);
		}, 120_000);

		it('write figure look-alikes the way the article writes the number', () => {
			const q = perKind.find((m) => m.slug === 'figure')!;
			fc.assert(
				fc.property(seeds, (seed) => {
					for (const question of generateQuiz(bank, q, seed, { texts }).questions) {
						const labels = question.choices.map((c) => c.label);
						const style = (l: string) => [
							l.startsWith('$'),
							/,\d{3}/.test(l) || Number(l.replace(/[^\d.]/g, '').split('.')[0]) < 1000,
							/^[a-z]/i.test(l),
							l.replace(/^[$\d.,]+|^[a-z]+/i, '')
						];
						for (const label of labels) {
							expect(style(label), `${label} vs ${question.answerLabel}`).toEqual(
								style(question.answerLabel)
							);
						}
					}
				}),
				runs(20)
			);
		}, 120_000);
	});
}

describe('quiz generation', () => {
	it('asks about each item at most once', () => {
		const quiz = generateQuiz(bank, allKinds, 99, { texts });
		const items = quiz.questions.map((q) => q.source.item);
		expect(new Set(items).size).toBe(items.length);
		expect(quiz.questions).toHaveLength(25);
	});

	it('mixes kinds in a mixed module', () => {
		const kinds = new Set(generateQuiz(bank, allKinds, 3, { texts }).questions.map((q) => q.kind));
		expect(kinds.size).toBeGreaterThanOrEqual(6);
	});

	it('refuses a module asking for more questions than its items allow, saying how many it has', () => {
		const module = { ...allKinds, seeds: ['000_4365936d8a812814'], count: 500 };
		const available = capacity(bank, module, { texts });
		expect(() => generateQuiz(bank, module, 1, { texts })).toThrow(QuizError);
		expect(() => generateQuiz(bank, module, 1, { texts })).toThrow(`give only ${available}`);
	});

	it('builds a practice round from the given ids only, dropping unknown ones', () => {
		const full = generateQuiz(bank, allKinds, 5, { texts }).questions;
		const only = [full[2]!.id, 'q-gone.who-said', full[0]!.id];
		const round = generateQuiz(bank, allKinds, 5, { texts, only });
		expect(round.questions.map((q) => q.id)).toEqual([full[2]!.id, full[0]!.id]);
		expect(round.questions[0]).toEqual(full[2]);
	});

	it('strips the answer from the public question', () => {
		for (const q of generateQuiz(bank, allKinds, 8, { texts }).questions) {
			const json = JSON.stringify(publicQuestion(q));
			expect(json).not.toContain('"answer');
			expect(json).not.toContain('"who"');
			expect(json).not.toContain('"speakerId"');
		}
	});
});
