import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import gold from '../../../tests/seeds.gold.json';
import { quizModules } from '$lib/server/content';
import { makeQuiz, quizBank } from '$lib/server/quiz';
import { roundKey } from '$lib/server/teach/round';
import { mark } from '$lib/quiz/score';
import { isEstimate } from './answer-key';

const SEEDS = ['2024', '1', '777', '4242'];
const seedText = (name: string) => readFileSync(`seeds/${name}.txt`, 'utf8');

type GoldItem = { seed: string; text: string; start: number; end: number; value?: number };
const goldItems: GoldItem[] = [...gold.quotes, ...gold.figures];

/** The answer key's span of a quote or figure overlaps one the hand-checked key holds in that article. */
function goldMatch(seed: string, start: number, end: number): GoldItem | undefined {
	return goldItems.find((g) => g.seed === `${seed}.txt` && g.start < end && start < g.end);
}

describe('answer-key export', () => {
	for (const module of quizModules) {
		it(`points every ${module.slug} question at its exact words in the seed text`, () => {
			let matched = 0;
			let total = 0;
			for (const seed of SEEDS) {
				const round = roundKey(module.slug, seed);
				if (!round.ok) throw new Error(round.message);
				for (const q of round.key.questions) {
					const { source } = q;
					expect(seedText(source.seed).slice(source.start, source.end)).toBe(source.quote);
					// Paragraphs count non-empty lines from 1, as the answer key does.
					const lines = seedText(source.seed).slice(0, source.start).split('\n');
					const paragraph = lines.filter((l) => l.trim() !== '').length;
					expect(paragraph + (lines.at(-1)!.trim() === '' ? 1 : 0)).toBe(source.paragraph);
					total += 1;
					if (goldMatch(source.seed, source.start, source.end)) matched += 1;
				}
			}
			// Nearly every question is about an item the hand-checked key also holds at those offsets.
			expect(matched / total).toBeGreaterThan(0.8);
		});
	}

	it('holds the same round as the quiz page, in order, with answers the scorer accepts', () => {
		const module = quizModules.find((m) => m.slug === 'mixed')!;
		for (const seed of SEEDS) {
			const quiz = makeQuiz(module, Number(seed));
			const round = roundKey('mixed', seed);
			if (!round.ok) throw new Error(round.message);
			expect(round.key.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
			round.key.questions.forEach((keyed, i) => {
				const question = quiz.questions[i]!;
				expect(keyed.choices).toEqual(question.choices);
				const answer = keyed.answer;
				if (isEstimate(answer)) {
					expect(mark(question, String(answer.value)).points).toBe(1);
					for (const bound of answer.exact) expect(mark(question, String(bound)).points).toBe(1);
					for (const bound of answer.close) expect(mark(question, String(bound)).points).toBe(0.5);
					expect(mark(question, String(answer.close[1] * 1.01)).points).toBe(0);
					const figure = goldMatch(keyed.source.seed, keyed.source.start, keyed.source.end);
					if (figure?.value !== undefined) expect(answer.value).toBe(figure.value);
				} else {
					const given = question.multiple ? [...answer.values].sort().join(',') : answer.values[0]!;
					expect(mark(question, given).points).toBe(1);
					for (const c of question.choices.filter((c) => !answer.values.includes(c.value))) {
						if (!question.multiple) expect(mark(question, c.value).points).toBe(0);
					}
				}
			});
		}
	});

	it('says clearly what is wrong with a bad module or seed', () => {
		expect(roundKey('no-such-quiz', '1')).toMatchObject({ ok: false, status: 404 });
		expect(roundKey('mixed', 'abc')).toMatchObject({ ok: false, status: 400 });
		expect(roundKey('mixed', '99999999999')).toMatchObject({ ok: false, status: 400 });
		expect(roundKey('mixed', null)).toMatchObject({ ok: false, status: 400 });
		expect(quizBank()).toBeTruthy();
	});
});
