import { describe, expect, it } from 'vitest';
import { isSpaceAt, isSpaceCode } from './chars';

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
