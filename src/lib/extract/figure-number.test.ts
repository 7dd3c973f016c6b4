import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsAt, numberEnd } from './figure-number';

/** The pattern numberEnd stands for, as a sticky regular expression: the independent oracle. */
const NUM = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;

function byPattern(text: string, k: number): number {
	NUM.lastIndex = k;
	const m = NUM.exec(text);
	return m ? k + m[0].length : -1;
}

describe('numberEnd', () => {
	it('ends a number where the thousands-and-decimals pattern does', () => {
		const chars = fc.constantFrom(...'0123456789,,..a -'.split(''));
		fc.assert(
			fc.property(fc.string({ unit: chars, maxLength: 16 }), fc.nat(16), (text, k) => {
				const at = Math.min(k, text.length);
				expect(numberEnd(text, at)).toBe(byPattern(text, at));
			}),
			{ numRuns: 3000 }
		);
	});
	it('says whether a number crosses a given end, and where it ends when it does not', () => {
		const chars = fc.constantFrom(...'0123456789,,..a -'.split(''));
		fc.assert(
			fc.property(
				fc.string({ unit: chars, maxLength: 16 }),
				fc.nat(16),
				fc.nat(16),
				(text, k, e) => {
					const at = Math.min(k, text.length, e);
					const whole = byPattern(text, at);
					if (whole <= e) expect(numberEnd(text, at, e)).toBe(whole);
					else expect(numberEnd(text, at, e)).toBeGreaterThan(e);
				}
			),
			{ numRuns: 3000 }
		);
	});
	it('reads grouped thousands, decimals and a four-digit group', () => {
		expect(numberEnd('1,234,567.89 people', 0)).toBe(12);
		expect(numberEnd('1,2345', 0)).toBe(5);
		expect(numberEnd('1234,567', 0)).toBe(4);
		expect(numberEnd('no digits', 0)).toBe(-1);
	});
});

describe('digitsAt', () => {
	it('reads a currency sign, spaces after it, and the number within the paragraph', () => {
		const t = 'It cost $ 2.5 billion and €1,000.';
		const usd = digitsAt(t, t.indexOf('$'), 0, t.length);
		expect(usd).toMatchObject({ raw: '2.5', currency: 'USD' });
		const eur = digitsAt(t, t.indexOf('€'), 0, t.length);
		expect(eur).toMatchObject({ raw: '1,000', currency: 'EUR' });
		expect(digitsAt(t, t.indexOf('€'), 0, t.indexOf('€') + 3)).toBeNull();
		expect(digitsAt(t, 0, 0, t.length)).toBeNull();
	});
});
