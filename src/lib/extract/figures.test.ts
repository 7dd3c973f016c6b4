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
		expect(figs('It held $1.27 trillion in bonds.')).toEqual([
			{ text: '$1.27 trillion', value: 1.27e12, kind: 'money', unit: 'USD' }
		]);
		expect(figs('It controlled 1.18 million host computers.')[0]).toMatchObject({
			value: 1180000,
			unit: 'computers',
			kind: 'count'
		});
		expect(figs('A total of 2,077 servers.')[0]).toMatchObject({ value: 2077, kind: 'count' });
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
		expect(figs('They carried out tens of thousands of attacks.')[0]).toMatchObject({
			value: 10000,
			unit: 'attacks'
		});
		expect(figs('It connected a third of the world.')[0]).toMatchObject({ kind: 'ratio' });
		expect(figs('It connected a third of the world.')[0]!.value).toBeCloseTo(1 / 3, 9);
		expect(figs('Its profits were cut in half this year.')[0]).toMatchObject({
			value: 0.5,
			kind: 'ratio'
		});
		expect(figs('It charged five officers with hacking.')[0]).toMatchObject({
			value: 5,
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
		expect(figs('We have served customers for 20 years.')[0]).toMatchObject({
			text: '20 years',
			kind: 'duration'
		});
		expect(figs('It happened just two weeks after.')[0]).toMatchObject({
			text: 'two weeks',
			value: 2,
			kind: 'duration'
		});
		expect(figs('In 2012 it labelled the vendor.')[0]).toMatchObject({ value: 2012, kind: 'year' });
		expect(figs('from March 19 to May 18')).toHaveLength(2);
		expect(figs('on May 19, 2014 in Washington')[0]).toMatchObject({
			text: 'May 19, 2014',
			kind: 'date'
		});
	});
	it('does not take identifiers, clock readings or ages as figures', () => {
		expect(figs('They worked with Unit 61398 of the army.')).toEqual([]);
		expect(figs('Under Article 7 of the law.')).toEqual([]);
		expect(figs('The briefing moved to 14:30.')).toEqual([]);
		expect(figs('A G7 summit and COVID-19 and Flight 370.')).toEqual([]);
		expect(figs('The 2 o’clock briefing.')).toEqual([]);
		expect(figs('students aged 13 to 16')).toEqual([]);
		expect(figs('one of the most sophisticated networks')).toEqual([]);
	});
});
