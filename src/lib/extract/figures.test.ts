import { describe, expect, it } from 'vitest';
import { figs } from './figures.fixture';

describe('figures', () => {
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
});

describe('numbers beyond the safe range', () => {
	it('are not figures, whatever their size', () => {
		expect(figs(`It cost $${'9'.repeat(1000)}.`)).toEqual([]);
		expect(figs(`It cost $${'9'.repeat(17)}.`)).toEqual([]);
		expect(figs('It cost $4,000,000,000,000.')[0]).toMatchObject({ value: 4e12 });
	});
});

describe('words that name a property of every object', () => {
	it('are read like any other word, not as number words or months (and do not crash)', () => {
		for (const t of [
			'He has constructor rights.',
			'The constructor hired 40 workers.',
			'Constructor 5 was built and cost 5 constructor dollars.'
		])
			expect(figs(t)).toEqual(
				figs(t.replace(/constructor/gi, (w) => (w[0] === 'C' ? 'Builder' : 'builder')))
			);
		expect(figs('The constructor hired 40 workers.')).toMatchObject([{ value: 40, kind: 'count' }]);
	});
});
