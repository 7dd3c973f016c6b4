import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
	it('allows a burst, then one request per refill interval, per client', () => {
		let time = 0;
		const take = createRateLimiter({ burst: 3, perSecond: 2, maxClients: 10 }, () => time);
		expect([take('a'), take('a'), take('a')]).toEqual([0, 0, 0]);
		expect(take('a')).toBe(1);
		expect(take('b')).toBe(0);
		time += 500;
		expect(take('a')).toBe(0);
		expect(take('a')).toBeGreaterThan(0);
		time += 60_000;
		expect([take('a'), take('a'), take('a'), take('a')].filter((wait) => wait === 0)).toHaveLength(
			3
		);
	});

	it('forgets the least recently seen client past its limit, starting it afresh', () => {
		let time = 0;
		const take = createRateLimiter({ burst: 1, perSecond: 0.001, maxClients: 2 }, () => time);
		expect(take('a')).toBe(0);
		expect(take('a')).toBeGreaterThan(0);
		take('b');
		take('c');
		time += 1;
		expect(take('a')).toBe(0);
	});
});
