import { describe, expect, it } from 'vitest';
import { figs } from './figures.fixture';

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
	it('takes no number inside a proper name for a figure', () => {
		const texts = (t: string): string[] => figs(t).map((f) => f.text);
		expect(texts('Ada Brill told Fox 5 that it was over.')).toEqual([]);
		expect(texts('The Apollo 11 crew was honoured.')).toEqual([]);
		expect(texts('Most Tally 300 firms pay less.')).toEqual([]);
		// A number after a name is still an amount when a unit or a share follows, or a possessive owns it.
		expect(texts('Ada Brill told Fox 5 that Brill leads Tam 48 percent to 41 percent.')).toEqual([
			'48 percent',
			'41 percent'
		]);
		expect(texts('It read Brill’s 1995 tax returns.')).toEqual(['1995']);
		expect(texts('The Brill 2016 campaign won.')).toEqual(['2016']);
		expect(texts('They hit the car Brill 16 times.')).toEqual(['16']);
		expect(texts('Some 300 marchers came.')).toEqual(['Some 300']);
	});
});
