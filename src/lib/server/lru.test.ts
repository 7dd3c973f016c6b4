import { describe, expect, it } from 'vitest';
import { Lru } from './lru';

describe('Lru', () => {
	it('evicts the least recently used entry', () => {
		const cache = new Lru<string, number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		expect(cache.get('a')).toBe(1);
		cache.set('c', 3);
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toBe(1);
		expect(cache.get('c')).toBe(3);
		expect(cache.size).toBe(2);
	});

	it('replaces a key without growing', () => {
		const cache = new Lru<string, number>(2);
		cache.set('a', 1);
		cache.set('a', 2);
		expect(cache.size).toBe(1);
		expect(cache.get('a')).toBe(2);
	});

	it('refuses a capacity below one', () => {
		expect(() => new Lru(0)).toThrow(/capacity/);
	});
});
