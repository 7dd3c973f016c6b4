import { describe, expect, it } from 'vitest';
import { firstEndingAfter, quoteHolding, sentenceHolding, sentencesOver } from './spans';

const sents = [
	{ start: 0, end: 10 },
	{ start: 11, end: 20 },
	{ start: 21, end: 30 }
];

describe('span look-ups', () => {
	it('finds the sentences holding or overlapping a span', () => {
		expect(firstEndingAfter(sents, 10)).toBe(1);
		expect(sentenceHolding(sents, { start: 12, end: 15 })).toEqual(sents[1]);
		expect(sentenceHolding(sents, { start: 8, end: 15 })).toBeUndefined();
		expect(sentencesOver(sents, { start: 8, end: 15 })).toEqual({ start: 0, end: 20 });
		expect(sentencesOver(sents, { start: 31, end: 35 })).toBeUndefined();
	});
	it('finds the quote wholly holding a figure', () => {
		const quotes = [
			{ start: 0, end: 10 },
			{ start: 20, end: 40 }
		];
		expect(quoteHolding(quotes, { start: 22, end: 25 })).toBe(1);
		expect(quoteHolding(quotes, { start: 8, end: 12 })).toBe(-1);
	});
});
