// Names in every script the card can draw: the oracle is that such a card is not the fallback
// ("A quiz result"); stronger here, the name's glyphs are drawn (not boxes or blanks standing in for them).
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderCard, type CardData } from './render';

vi.stubEnv('CARD_WORKERS', '1');
const { drawCard, stopCardPool } = await import('./pool');
afterAll(() => stopCardPool());

const card = (name?: string): CardData => ({
	moduleTitle: 'Numbers',
	right: 1,
	total: 2,
	marks: ['right', 'wrong'],
	name
});
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
/** What a name no font can draw looks like: private-use characters, one per character of the name. */
const undrawable = (name: string) => [...name].map(() => '\uE000').join('');

const NAMES = {
	Chinese: '王小明',
	Japanese: 'さくら 山田',
	Korean: '김민준',
	Arabic: 'محمد علي',
	Cyrillic: 'Алёна',
	emoji: '🦊 Zoë 👩‍👩‍👧'
};

describe('a card for a name in any script', () => {
	let fallback: Uint8Array;

	for (const [script, name] of Object.entries(NAMES)) {
		it(`draws a ${script} name: not the fallback card, and not boxes`, async () => {
			fallback ??= await renderCard(card());
			const drawn = await renderCard(card(name));
			expect(same(drawn, fallback)).toBe(false);
			expect(same(drawn, await renderCard(card(undrawable(name))))).toBe(false);
		}, 60_000);
	}

	it('joins Arabic letters (shaped), as a zero-width non-joiner between them would not', async () => {
		const joined = await renderCard(card('محمد'));
		const apart = await renderCard(card([...'محمد'].join('\u200c')));
		expect(same(joined, apart)).toBe(false);
	}, 60_000);

	it('draws the same card in the worker pool as in this thread', async () => {
		for (const name of [NAMES.Chinese, NAMES.emoji]) {
			const [pooled, local] = await Promise.all([drawCard(card(name)), renderCard(card(name))]);
			expect(same(pooled, local), name).toBe(true);
		}
	}, 60_000);
});
