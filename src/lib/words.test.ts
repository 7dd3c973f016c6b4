import { describe, expect, it } from 'vitest';
import { numberWord } from './words';

describe('numberWord', () => {
	it('spells small counts and keeps larger ones as digits', () => {
		expect(numberWord(5)).toBe('five');
		expect(numberWord(6)).toBe('six');
		expect(numberWord(0)).toBe('no');
		expect(numberWord(11)).toBe('11');
		expect(numberWord(2.5)).toBe('2.5');
	});
});
