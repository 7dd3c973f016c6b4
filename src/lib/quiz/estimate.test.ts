import { describe, expect, it } from 'vitest';
import { parseEstimate, wordsValue } from './estimate';

// Expected values written by hand from what the words mean, not from the parser.
const READS: [string, number][] = [
	['2k', 2000],
	['2K', 2000],
	['2,000', 2000],
	['2 000', 2000],
	['about 2000', 2000],
	['About 2,000', 2000],
	['~2000', 2000],
	['roughly 2k', 2000],
	['2 thousand', 2000],
	['two thousand', 2000],
	['1.2 million', 1_200_000],
	['1.2m', 1_200_000],
	['1.2 Million', 1_200_000],
	['$1.27 trillion', 1_270_000_000_000],
	['3bn', 3_000_000_000],
	['57 thousand', 57_000],
	['57,000', 57_000],
	['fifty-seven thousand', 57_000],
	['fifty seven thousand', 57_000],
	['a hundred and thirty-five', 135],
	['one hundred thirty five', 135],
	['two million three hundred thousand', 2_300_000],
	['a million', 1_000_000],
	['563', 563],
	['0.5', 0.5],
	['.5', 0.5],
	['  1754  ', 1754]
];

describe('parseEstimate', () => {
	for (const [typed, value] of READS) {
		it(`reads “${typed}” as ${value}`, () => {
			expect(parseEstimate(typed)).toEqual({ ok: true, value });
		});
	}

	it('names what it cannot read instead of asking for a choice', () => {
		const parsed = parseEstimate('abc');
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.error).toContain('“abc” is not a number');
			expect(parsed.error).not.toMatch(/Choose an answer/);
		}
	});

	for (const bad of ['1,2', '2kk', 'thousand million', 'five abc', '2 000 0', '1e400', '--5']) {
		it(`refuses “${bad}”`, () => {
			expect(parseEstimate(bad).ok).toBe(false);
		});
	}

	it('refuses nothing, zero and numbers beyond safe range with their own messages', () => {
		expect(parseEstimate('   ')).toEqual({
			ok: false,
			error: 'Type a number, or move the slider.'
		});
		expect(parseEstimate('0')).toEqual({ ok: false, error: 'An estimate must be more than zero.' });
		const huge = parseEstimate('9'.repeat(30));
		expect(huge.ok).toBe(false);
		if (!huge.ok) expect(huge.error).toMatch(/too large/);
	});
});

describe('wordsValue', () => {
	it('is null for anything that is not number words', () => {
		expect(wordsValue('about')).toBeNull();
		expect(wordsValue('and')).toBeNull();
		expect(wordsValue('twelve')).toBe(12);
	});
});
