import { describe, expect, it } from 'vitest';
import { dateInFocus, logPosition, logTicks } from './graphics';

describe('dateInFocus', () => {
	it('matches by prefix and by any of a comma list', () => {
		expect(dateInFocus('2014-05-19', '2014')).toBe(true);
		expect(dateInFocus('2014-05-19', '2014-03')).toBe(false);
		expect(dateInFocus('2012', '2009, 2012')).toBe(true);
		expect(dateInFocus('2023-09', undefined)).toBe(true);
		expect(dateInFocus('2023-09', '')).toBe(false);
	});
});

describe('log scale', () => {
	it('puts each tenfold step the same distance apart', () => {
		const max = 1_000_000;
		const a = logPosition(100, max) - logPosition(10, max);
		const b = logPosition(100_000, max) - logPosition(10_000, max);
		expect(a).toBeCloseTo(b);
		expect(logPosition(max, max)).toBe(1);
		expect(logPosition(1, max)).toBe(0);
	});

	it('draws decade ticks that cover the largest value', () => {
		expect(logTicks(1_180_000)).toEqual([10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000]);
		expect(logTicks(563)).toEqual([10, 100, 1000]);
	});
});
