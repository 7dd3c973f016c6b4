import { describe, expect, it } from 'vitest';
import { formatPartialDate, isPartialDate } from './dates';

describe('partial dates', () => {
	it('accepts year, month and day precision', () => {
		expect(['2014', '2014-05', '2014-05-20', '2016-02-29'].every(isPartialDate)).toBe(true);
	});
	it('rejects impossible or malformed dates', () => {
		expect(
			['2014-13', '2014-02-30', '2015-02-29', '14-05', '2014-5', '', 'May 2014'].some(isPartialDate)
		).toBe(false);
	});
	it('formats for reading', () => {
		expect(formatPartialDate('2014-05-20')).toBe('20 May 2014');
		expect(formatPartialDate('2023-09')).toBe('September 2023');
		expect(formatPartialDate('2009')).toBe('2009');
	});
});
