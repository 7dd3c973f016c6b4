import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datelineEnd, isHeadline } from './headlines';

describe('isHeadline', () => {
	it('takes a short line without sentence punctuation, near the top or in title case', () => {
		expect(isHeadline('Harbour Board Votes To Close The Old Pier', 5)).toBe(true);
		expect(isHeadline('the board votes to close the old pier', 0)).toBe(true);
		expect(isHeadline('the board votes to close the old pier', 5)).toBe(false);
	});
	it('refuses a line ending in sentence punctuation, even before closing marks, or a long one', () => {
		expect(isHeadline('Harbour Board Votes To Close The Old Pier.', 0)).toBe(false);
		expect(isHeadline('Board Says “We Will Close It,”', 0)).toBe(false);
		expect(isHeadline('Word '.repeat(30).trim(), 0)).toBe(false);
	});
});

describe('datelineEnd', () => {
	it('finds the end of a dateline in capitals or a title-case place with an agency', () => {
		const a = 'LAKESIDE, May 3 (AP) — The board voted.';
		expect(a.slice(datelineEnd(a, 0))).toBe('The board voted.');
		const b = 'Lakeside (AFP) – The board voted.';
		expect(b.slice(datelineEnd(b, 0))).toBe('The board voted.');
	});
	it('returns the paragraph start when there is none, offset by where the paragraph starts', () => {
		expect(datelineEnd('The board voted - again.', 40)).toBe(40);
		expect(datelineEnd('OSTLAND — Votes were cast.', 40)).toBe(40 + 'OSTLAND — '.length);
	});
});

describe('isHeadline without a letter', () => {
	it('takes no line without a letter past the first two (readParagraph does not ask)', () => {
		const marks = [
			'1',
			'40',
			' ',
			'“',
			'”',
			'‘',
			'’',
			'"',
			"'",
			'—',
			'-',
			',',
			'.',
			':',
			'%',
			'$',
			'(',
			')',
			'…'
		];
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...marks), { minLength: 1, maxLength: 12 }),
				fc.integer({ min: 2, max: 50 }),
				(parts, index) => {
					expect(isHeadline(parts.join(''), index)).toBe(false);
				}
			),
			{ numRuns: 500, seed: 20261202 }
		);
		// At the top it may be one: a headline needs no capital there.
		expect(isHeadline('“40”', 0)).toBe(true);
	});
});

describe('isHeadline and closing marks', () => {
	it('decides as the plain rule: strip closing marks, then look at the end and count the words', () => {
		const plain = (line: string, index: number): boolean => {
			const t = line.trim().replace(/["”’']+$/, '');
			if (/[.!?…:;,]$/.test(t)) return false;
			const words = t.split(/\s+/);
			if (words.length > 25) return false;
			return index < 2 || words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
		};
		const unit = fc.constantFrom(...'Aa1 .,!?:;…"”’\'“‘\u00a0'.split(''), 'Board', 'votes', '  ');
		fc.assert(
			fc.property(
				fc.string({ unit, maxLength: 40 }),
				fc.integer({ min: 0, max: 4 }),
				(t, index) => {
					expect(isHeadline(t, index)).toBe(plain(t, index));
				}
			),
			{ numRuns: 2000 }
		);
	});
});
