import { describe, expect, it } from 'vitest';
import { figs } from './figures.fixture';

describe('figures in words', () => {
	it('reads a spelled number before "percent" as a share, as it reads digits', () => {
		for (const [text, value] of [
			['"Four percent does not cover inflation," he said.', 0.04],
			['Twenty-five percent of parents agreed.', 0.25],
			['Prices rose five per cent last year.', 0.05]
		] as const)
			expect(figs(text)[0]).toMatchObject({ value, unit: 'share', kind: 'ratio' });
		expect(figs('"Four percent does not cover inflation," he said.')[0]!.text).toBe('Four percent');
	});
	it('ends what a spelled number counts before an auxiliary verb', () => {
		expect(figs('Four people did not cover it.')[0]).toMatchObject({ text: 'Four people' });
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
	it('takes no number word inside a proper name for a figure', () => {
		const texts = (t: string): string[] => figs(t).map((f) => f.text);
		expect(texts('Governor Ada Brill told Channel Nine News that it was over.')).toEqual([]);
		expect(texts('Envoys of the Group of Seven met in Lisbon.')).toEqual([]);
		expect(texts('Ada Brill said the Big Ten would grow.')).toEqual([]);
		expect(texts('Ada Brill called it a remake of Ocean’s Eleven.')).toEqual([]);
		// A capital that opens a sentence, a quotation or a headline's line says nothing of a name.
		expect(texts('It rained. Seven officers were hurt.')).toEqual(['Seven officers']);
		expect(texts('“Three workers fled,” Ada Brill said.')).toEqual(['Three workers']);
		expect(texts('FIRE AT DEPOT Three workers were hurt.')).toEqual(['Three workers']);
		expect(texts('Ada Brill said seven officers were hurt.')).toEqual(['seven officers']);
	});
});
