import { describe, expect, it } from 'vitest';
import { renderCard } from './render';

describe('renderCard with names in any script', () => {
	for (const name of ['王小明', 'Алёна', 'محمد', '🦊 Fox', 'Zoë Ångström', '\u{1F600}\u{1F600}']) {
		it(`draws a card for “${name}”`, async () => {
			const png = await renderCard({
				moduleTitle: 'Numbers',
				right: 1,
				total: 2,
				marks: ['right', 'wrong'],
				name
			});
			expect(png.byteLength).toBeGreaterThan(1000);
		});
	}
});
