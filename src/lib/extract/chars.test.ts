import { describe, expect, it } from 'vitest';
import { hasLetter, isSpaceAt, isSpaceCode, startsUpper } from './chars';

describe('isSpaceCode', () => {
	it("agrees with the regex engine's \\s on every UTF-16 code unit", () => {
		const differ: number[] = [];
		for (let c = 0; c <= 0xffff; c++)
			if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
		expect(differ).toEqual([]);
	});
	it('is false outside the text', () => {
		expect(isSpaceAt(' a', -1)).toBe(false);
		expect(isSpaceAt(' a', 2)).toBe(false);
		expect(isSpaceAt(' a', 0)).toBe(true);
	});
});

describe('hasLetter', () => {
	it("agrees with the regex engine's \\p{L} on every code unit of the first plane", () => {
		const differ: number[] = [];
		for (let c = 0; c <= 0xffff; c++) {
			if (c >= 0xd800 && c <= 0xdfff) continue;
			const ch = String.fromCharCode(c);
			if (hasLetter(`1 ${ch} 2`, 0, 5) !== /\p{L}/u.test(ch)) differ.push(c);
		}
		expect(differ).toEqual([]);
	});
	it('counts a letter beyond the first plane, and looks only inside [s, e)', () => {
		expect(hasLetter('40 𠀋 2', 0, 7)).toBe(true);
		expect(hasLetter('ab 40, 12', 2, 9)).toBe(false);
		expect(hasLetter('40, 12 ab', 0, 9)).toBe(true);
	});
});

describe('startsUpper', () => {
	it("agrees with the regex engine's ^\\p{Lu} on every code point opening a word", () => {
		const differ: number[] = [];
		for (let c = 0; c <= 0x10ffff; c += c < 0x30000 ? 1 : 0x101) {
			if (c >= 0xd800 && c <= 0xdfff) continue;
			const w = String.fromCodePoint(c) + 'x';
			if (startsUpper(w) !== /^\p{Lu}/u.test(w)) differ.push(c);
		}
		expect(differ).toEqual([]);
		// A lone surrogate, and nothing at all.
		expect([startsUpper('\ud835'), startsUpper('')]).toEqual([false, false]);
	});
});
