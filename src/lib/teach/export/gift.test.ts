import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { isEstimate } from '../answer-key';
import { expectSource, keys, ORIGIN, rightLabels } from './fixture';
import { toGift } from './gift';

describe('GIFT export, read back by gift-pegjs', () => {
	it('keeps every question, its right answers, its estimate ranges and its source', () => {
		let estimates = 0;
		let multiples = 0;
		for (const key of keys()) {
			const parsed = parse(toGift(key, { origin: ORIGIN }).body as string);
			expect(parsed).toHaveLength(key.questions.length);
			key.questions.forEach((q, i) => {
				const question = parsed[i] as unknown as {
					type: string;
					title: string;
					stem: { text: string };
					globalFeedback: { text: string };
					choices: {
						isCorrect: boolean;
						weight: number | null;
						text: { text?: string; numberLow?: number; numberHigh?: number };
					}[];
				};
				expect(question.title).toBe(`Q${i + 1} ${q.kind}`);
				expect(question.stem.text).toContain(q.prompt);
				if (q.text) expect(question.stem.text).toContain(q.text);
				expectSource(question.globalFeedback.text, q);
				const answer = q.answer;
				if (isEstimate(answer)) {
					estimates += 1;
					expect(question.type).toBe('Numerical');
					const ranges = question.choices.map((c) => [
						c.weight,
						c.text.numberLow,
						c.text.numberHigh
					]);
					expect(ranges).toEqual([
						[100, ...answer.exact],
						[50, ...answer.close]
					]);
				} else {
					expect(question.type).toBe('MC');
					expect(question.choices.map((c) => c.text.text)).toEqual(q.choices.map((c) => c.label));
					const credited = question.choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0);
					expect(credited.map((c) => c.text.text)).toEqual(rightLabels(q));
					if (q.multiple) {
						multiples += 1;
						const total = credited.reduce((sum, c) => sum + (c.weight ?? 0), 0);
						expect(total).toBeCloseTo(100, 3);
					}
				}
			});
		}
		// The rounds exercised both special forms.
		expect(estimates).toBeGreaterThan(0);
		expect(multiples).toBeGreaterThan(0);
	});
});
