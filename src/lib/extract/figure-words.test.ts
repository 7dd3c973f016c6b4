import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';

const figs = (t: string): { text: string; value: number; kind: string; unit: string }[] =>
	findFigures(t, 0, t.length).map((f) => ({
		text: t.slice(f.start, f.end),
		value: f.value,
		kind: f.kind,
		unit: f.unit
	}));

describe('figures in words', () => {
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
});
