import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';

const figs = (t: string): { text: string; value: number; kind: string; unit: string }[] =>
	findFigures(t, 0, t.length).map((f) => ({
		text: t.slice(f.start, f.end),
		value: f.value,
		kind: f.kind,
		unit: f.unit
	}));

describe('figures', () => {
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
	it('reads words: approximate counts, fractions, halves, spelled numbers', () => {
		expect(figs('They staged tens of thousands of protests.')[0]).toMatchObject({
			value: 10000,
			unit: 'protests'
		});
		expect(figs('It reached a third of the country.')[0]).toMatchObject({ kind: 'ratio' });
		expect(figs('It reached a third of the country.')[0]!.value).toBeCloseTo(1 / 3, 9);
		expect(figs('Its profits were cut in half this year.')[0]).toMatchObject({
			value: 0.5,
			kind: 'ratio'
		});
		expect(figs('It charged seven officers with fraud.')[0]).toMatchObject({
			value: 7,
			kind: 'count',
			unit: 'people'
		});
		expect(figs('one in five respondents said so')[0]).toMatchObject({ value: 0.2, kind: 'ratio' });
		expect(figs('usage dropped by 12% last month')[0]).toMatchObject({
			value: 0.12,
			kind: 'ratio'
		});
	});
	it('reads durations, years and dates', () => {
		expect(figs('We have served customers for 15 years.')[0]).toMatchObject({
			text: '15 years',
			kind: 'duration'
		});
		expect(figs('It happened just three weeks after.')[0]).toMatchObject({
			text: 'three weeks',
			value: 3,
			kind: 'duration'
		});
		expect(figs('In 2019 it labelled the firm.')[0]).toMatchObject({ value: 2019, kind: 'year' });
		expect(figs('from April 2 to June 9')).toHaveLength(2);
		expect(figs('on June 3, 2021 in Paris')[0]).toMatchObject({
			text: 'June 3, 2021',
			kind: 'date'
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

describe('numbers beyond the safe range', () => {
	it('are not figures, whatever their size', () => {
		expect(figs(`It cost $${'9'.repeat(1000)}.`)).toEqual([]);
		expect(figs(`It cost $${'9'.repeat(17)}.`)).toEqual([]);
		expect(figs('It cost $4,000,000,000,000.')[0]).toMatchObject({ value: 4e12 });
	});
});
