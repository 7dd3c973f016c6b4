import { describe, expect, it } from 'vitest';
import { figs } from './figures.fixture';

describe('numbers in digits that are no amount', () => {
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
