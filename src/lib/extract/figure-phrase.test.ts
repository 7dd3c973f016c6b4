import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countsAfter, countsFrom, nothingCountedAt, prevWord, unitOf } from './figure-phrase';

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
	it('counts no other number: "$1m $1m", "1 4x4", but a hyphenated age or size is counted', () => {
		expect(countsAfter('$1m $1m homes', 3, 13).counts).toBe('');
		expect(countsAfter('5 people 3m', 1, 11).counts).toBe('people');
		expect(countsAfter('650 18-hole golf courses', 3, 24).counts).toBe('18-hole golf courses');
	});
	it('reads the first word by char code exactly as the full reading would', () => {
		// The oracle is countsFrom, the reading of every word: the shortcut may only say "nothing"
		// where that reading finds nothing too.
		const unit = fc.constantFrom(
			...['1', '1m', '2.5bn', '18-hole', '4x4', '3-D', 'a', 'A', 'the', 'its', 'of', 'or', 'and'],
			...['people', 'homes', 'cost', 'a.', 'U.S.', "don't", 'to.', 'café', '’s', 'Ünal', '-'],
			...[' ', ' ', '  ', ',', '.', '$', '#', '(', '"', '“', '\u00a0', '\n']
		);
		const text = fc.array(unit, { maxLength: 8 }).map((u) => u.join(''));
		let shortcuts = 0;
		fc.assert(
			fc.property(text, fc.nat(6), (t, end) => {
				const e = Math.min(t.length, end + 3);
				if (!nothingCountedAt(t, 0, e)) return;
				shortcuts++;
				expect(countsFrom(t, 0, e).counts).toBe('');
			}),
			{ numRuns: 3000 }
		);
		expect(shortcuts).toBeGreaterThan(300);
		expect(nothingCountedAt(' a 1', 0, 4)).toBe(true);
		expect(nothingCountedAt(' the 1', 0, 6)).toBe(false);
		expect(nothingCountedAt(' 18-hole', 0, 8)).toBe(false);
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
