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
	it('does not take identifiers, clock readings or ages as figures', () => {
		expect(figs('They worked with Unit 8200 of the army.')).toEqual([]);
		expect(figs('Under Article 12 of the law.')).toEqual([]);
		expect(figs('The briefing moved to 14:30.')).toEqual([]);
		expect(figs('A G7 summit and COVID-19 and Flight 370.')).toEqual([]);
		expect(figs('The 2 o’clock briefing.')).toEqual([]);
		expect(figs('students aged 13 to 16')).toEqual([]);
		expect(figs('one of the largest networks')).toEqual([]);
	});
});
