import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderCard, type CardData } from './render';

// Set before the pool reads them: one worker and a queue of two.
vi.stubEnv('CARD_WORKERS', '1');
vi.stubEnv('CARD_QUEUE', '2');
const { CardQueueFull, drawCard, stopCardPool } = await import('./pool');

const sample = (right: number): CardData => ({
	moduleTitle: 'Numbers',
	right,
	total: 3,
	marks: ['right', 'wrong', 'retired']
});

afterAll(() => stopCardPool());

describe('the card worker pool', () => {
	it('draws the same bytes as drawing on this thread', async () => {
		const [pooled, local] = await Promise.all([drawCard(sample(1)), renderCard(sample(1))]);
		expect(Buffer.from(pooled).equals(Buffer.from(local))).toBe(true);
	}, 60_000);

	it('refuses at once, with CardQueueFull, what does not fit in the queue, and draws the rest', async () => {
		const results = await Promise.allSettled([0, 1, 2, 3, 0].map((n) => drawCard(sample(n))));
		const refused = results.filter((r) => r.status === 'rejected');
		// One in the worker, two waiting: the last two are refused.
		expect(refused).toHaveLength(2);
		for (const r of refused)
			expect((r as PromiseRejectedResult).reason).toBeInstanceOf(CardQueueFull);
		const drawn = results.filter((r) => r.status === 'fulfilled');
		for (const r of drawn)
			expect((r as PromiseFulfilledResult<Uint8Array>).value.byteLength).toBeGreaterThan(1000);
	}, 60_000);
});
