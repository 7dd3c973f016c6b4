import { describe, expect, it } from 'vitest';
import { countsAfter, prevWord, unitOf } from './figure-phrase';

describe('the words around a number', () => {
	it('reads the noun phrase it counts, up to a function word, a verb or punctuation', () => {
		const t = '40 host computers in the United States';
		expect(countsAfter(t, 2, t.length)).toEqual({ counts: 'host computers', endAt: 17 });
		expect(countsAfter('7, 8 and 9', 1, 10).counts).toBe('');
		expect(countsAfter('two candidates agree on it', 3, 26).counts).toBe('candidates');
		// A preposition or an adverb ends it: "people across 14 countries", "patients still wait".
		expect(countsAfter('38,000 people across 14 countries', 6, 33).counts).toBe('people');
		expect(countsAfter('four patients still wait', 4, 24).counts).toBe('patients');
		expect(countsAfter('600 events last year', 3, 20).counts).toBe('events');
	});
	it('names the unit by the last word, people for people', () => {
		expect(unitOf('host computers')).toBe('computers');
		expect(unitOf('police officers')).toBe('people');
		expect(unitOf('')).toBe('items');
	});
	it('finds the word before, looking back a bounded way', () => {
		expect(prevWord('Unit 8200', 5, 0)).toBe('Unit');
		expect(prevWord('No. #5', 5, 0)).toBe('No');
		expect(prevWord('x'.repeat(100) + ' 5', 101, 0).length).toBeLessThanOrEqual(40);
	});
});
