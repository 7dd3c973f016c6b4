import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, it } from 'vitest';
import { everything, goldBank, texts } from './gold-bank.fixture';
import { generateQuiz } from './generate';
import { estimatePoints, scoreResult } from './score';
import { decodeResult, encodeResult, type ResultRecord } from './token';

const bank = goldBank();
const module = everything(bank, 16);
const modules = [module];

function record(seed: number, pick: (i: number) => 'right' | 'wrong'): ResultRecord {
	const quiz = generateQuiz(bank, module, seed, { texts });
	return {
		version: 1,
		module: module.slug,
		seed,
		answers: quiz.questions.map((q, i) => {
			const right = pick(i) === 'right';
			let answer = q.answer;
			if (!right) {
				if (q.kind === 'estimate') answer = String(Number(q.answer) * 10);
				else if (q.multiple) answer = q.choices.map((c) => c.value).join(',');
				else answer = q.choices.find((c) => c.value !== q.answer)!.value;
			}
			return { question: q.id, answer, confidence: i % 2 ? 'sure' : 'unsure' };
		})
	};
}

describe('scoreResult', () => {
	it('recomputes the score from the bank, through a token round trip', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 0xffffffff }),
				fc.integer({ min: 0, max: 0xffff }),
				(seed, mask) => {
					const given = record(seed, (i) => ((mask >> i) & 1 ? 'right' : 'wrong'));
					const decoded = decodeResult(encodeResult(given));
					expect(decoded.ok).toBe(true);
					if (!decoded.ok) return;
					const scored = scoreResult(bank, modules, decoded.result, { texts });
					const expected = given.answers.filter((_, i) => (mask >> i) & 1).length;
					// A multi-outlet item answered with every outlet is right when all five reported it: never here.
					expect(scored.points).toBe(expected);
					expect(scored.total).toBe(16);
					expect(scored.answers.map((a) => a.right)).toEqual(
						given.answers.map((_, i) => Boolean((mask >> i) & 1))
					);
				}
			),
			runs(30)
		);
	});

	it('summarises calibration: how often right when sure and when not sure', () => {
		const scored = scoreResult(
			bank,
			modules,
			record(4, (i) => (i < 8 ? 'right' : 'wrong'))
		);
		const sure = scored.calibration.sure;
		const unsure = scored.calibration.unsure;
		expect(sure.answered + unsure.answered).toBe(16);
		expect(sure.right + unsure.right).toBe(8);
		expect(scored.calibration.unstated.answered).toBe(0);
	});

	it('shows a question the bank no longer has as retired and scores the rest', () => {
		const given = record(9, () => 'right');
		given.answers[3] = { question: 'q-deadbeef.who-said', answer: 'someone', confidence: null };
		const scored = scoreResult(bank, modules, given);
		expect(scored.answers[3]).toMatchObject({ retired: true, question: null, right: false });
		expect(scored.total).toBe(15);
		expect(scored.points).toBe(15);
	});

	it('treats garbage answers as wrong, never as an error', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (question, answer) => {
				const scored = scoreResult(bank, modules, {
					version: 1,
					module: 'nope',
					seed: 1,
					answers: [{ question, answer, confidence: null }]
				});
				expect(scored.module).toBeNull();
				expect(scored.points).toBe(0);
			}),
			runs(100)
		);
		const quiz = generateQuiz(bank, module, 2, { texts });
		for (const q of quiz.questions) {
			const scored = scoreResult(bank, modules, {
				version: 1,
				module: module.slug,
				seed: 2,
				answers: [{ question: q.id, answer: '=yes,x,NaN', confidence: null }]
			});
			expect(scored.answers[0]!.right, q.id).toBe(false);
		}
	});
});

describe('estimatePoints', () => {
	it('gives full marks within a quarter, half within a factor of two, else none', () => {
		expect(estimatePoints(1000, 1000)).toBe(1);
		expect(estimatePoints(1240, 1000)).toBe(1);
		expect(estimatePoints(810, 1000)).toBe(1);
		expect(estimatePoints(1900, 1000)).toBe(0.5);
		expect(estimatePoints(510, 1000)).toBe(0.5);
		expect(estimatePoints(2100, 1000)).toBe(0);
		expect(estimatePoints(NaN, 1000)).toBe(0);
		expect(estimatePoints(-5, 1000)).toBe(0);
	});
});

describe('close estimates', () => {
	it('mark half a point as "close", neither right nor wrong', () => {
		let found = false;
		for (let seed = 0; seed < 50 && !found; seed++) {
			const quiz = generateQuiz(bank, module, seed, { texts });
			const estimate = quiz.questions.find((q) => q.kind === 'estimate');
			if (!estimate) continue;
			found = true;
			const actual = Number(estimate.answer);
			const scoreOf = (answer: number) =>
				scoreResult(
					bank,
					modules,
					{
						version: 1,
						module: module.slug,
						seed,
						answers: [{ question: estimate.id, answer: String(answer), confidence: null }]
					},
					{ texts }
				).answers[0]!;
			// Half a point within a factor of two (here 1.5 times), per estimatePoints' rule.
			expect(scoreOf(actual * 1.5)).toMatchObject({ result: 'close', points: 0.5, right: false });
			expect(scoreOf(actual)).toMatchObject({ result: 'right', points: 1, right: true });
			expect(scoreOf(actual * 10)).toMatchObject({ result: 'wrong', points: 0, right: false });
		}
		expect(found).toBe(true);
	});
});
