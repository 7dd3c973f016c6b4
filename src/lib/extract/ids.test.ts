import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a, itemId, normWords, slugify } from './ids';

describe('ids', () => {
	it('hashes with FNV-1a', () => {
		expect(fnv1a('')).toBe('811c9dc5');
		expect(fnv1a('a')).toBe('e40c292c');
		expect(fnv1a('foobar')).toBe('bf9cf968');
	});
	it('slugs names', () => {
		expect(slugify('Lin Haoran')).toBe('lin-haoran');
		expect(slugify("U.S. Labor Department's data")).toBe('us-labor-departments-data');
	});
	it('derives item ids from content, not position', () => {
		expect(itemId('q', 'a.txt', 'Hello, World!', 0)).toBe(itemId('q', 'a.txt', 'hello world', 0));
		expect(itemId('q', 'a.txt', 'Hello', 0)).not.toBe(itemId('q', 'b.txt', 'Hello', 0));
		expect(itemId('q', 'a.txt', 'Hello', 0)).not.toBe(itemId('q', 'a.txt', 'Hello', 1));
		expect(normWords('The “U.S.” isn’t')).toEqual(['the', 'u', 's', "isn't"]);
	});
	it('hashes the seed and the normalized words, whatever the text (the ASCII fast path included)', () => {
		const chars = fc.constantFrom(...'aZ09 \'`’‘.,-$%"“KİéÉ\n'.split(''));
		fc.assert(
			fc.property(
				fc.string({ unit: chars, maxLength: 24 }),
				fc.constantFrom('a.txt', 'b.txt'),
				fc.nat(3),
				(text, seed, repeat) => {
					const key =
						seed + '\u0000' + normWords(text).join(' ') + (repeat ? '\u0000' + repeat : '');
					expect(itemId('f', seed, text, repeat)).toBe(`f-${fnv1a(key)}`);
				}
			),
			{ numRuns: 500 }
		);
	});
	it('hashes a repeat count of any size as its decimal digits', () => {
		for (const repeat of [1, 9, 10, 99, 100, 101, 4096, 333333, 1000000])
			expect(itemId('f', 'a.txt', '1', repeat)).toBe(`f-${fnv1a('a.txt\u00001\u0000' + repeat)}`);
		expect(itemId('qq', 'a.txt', 'Hello', 2)).toBe(`qq-${fnv1a('a.txt\u0000hello\u00002')}`);
	});
});
