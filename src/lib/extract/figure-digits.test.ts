import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';

const figs = (t: string): { text: string; value: number; kind: string; unit: string }[] =>
	findFigures(t, 0, t.length).map((f) => ({
		text: t.slice(f.start, f.end),
		value: f.value,
		kind: f.kind,
		unit: f.unit
	}));

describe('figures in digits', () => {
	it('reads digits, scale words and currencies', () => {
		expect(figs('It held $2.35 trillion in bonds.')).toEqual([
			{ text: '$2.35 trillion', value: 2.35e12, kind: 'money', unit: 'USD' }
		]);
		expect(figs('It controlled 3.4 million host computers.')[0]).toMatchObject({
			value: 3400000,
			unit: 'computers',
			kind: 'count'
		});
		expect(figs('A total of 4,093 servers.')[0]).toMatchObject({ value: 4093, kind: 'count' });
		expect(figs('It will cost roughly £2bn a year.')[0]).toMatchObject({
			value: 2e9,
			kind: 'money',
			unit: 'GBP'
		});
		expect(figs('Spending of 1.5 trillion won.')[0]).toMatchObject({
			value: 1.5e12,
			kind: 'money',
			unit: 'KRW'
		});
	});
});
