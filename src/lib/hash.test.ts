import { describe, expect, it } from 'vitest';
import { fnv1a32 } from './hash';

describe('fnv1a32', () => {
	// Published FNV-1a 32-bit test vectors (Fowler, Noll and Vo's reference test suite).
	it.each([
		['', 0x811c9dc5],
		['a', 0xe40c292c],
		['foobar', 0xbf9cf968]
	])('hashes %j to the reference value', (text, expected) => {
		expect(fnv1a32(text)).toBe(expected);
	});
});
