/** Cards by token: rendered once, then served from memory. A card is a pure function of its token. */
import { Lru } from '../lru';
import type { ScoredResult } from '$lib/share/scored';
import { renderCard, type CardData } from './render';

export function cardData(result: ScoredResult): CardData {
	const data: CardData = {
		moduleTitle: result.module.title,
		right: result.right,
		total: result.total,
		marks: result.questions.map((q) => q.status)
	};
	if (result.name) data.name = result.name;
	return data;
}

// Promises, so two requests for the same new card share one render.
const cards = new Lru<string, Promise<Uint8Array>>(256);

/** The card's PNG and whether it came from memory (`hit`) or was drawn for this request (`miss`). */
export async function cardFor(
	token: string,
	result: ScoredResult
): Promise<{ png: Uint8Array; cache: 'hit' | 'miss' }> {
	const cached = cards.get(token);
	if (cached) {
		return { png: await cached, cache: 'hit' };
	}
	const rendering = renderCard(cardData(result));
	cards.set(token, rendering);
	// A failed render is not kept: the next request tries again.
	rendering.catch(() => cards.delete(token));
	return { png: await rendering, cache: 'miss' };
}

/** Draws one throwaway card: satori loads its layout engine on first use. Never throws. */
export async function warmUpCards(): Promise<void> {
	try {
		// Every common glyph once, so the first real card does not pay for shaping them either.
		const glyphs = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 ’“”…·/%:-,.';
		await renderCard({
			moduleTitle: glyphs,
			right: 1,
			total: 3,
			marks: ['right', 'wrong', 'retired'],
			name: glyphs
		});
	} catch (error) {
		console.error(`The social card renderer failed to start: ${String(error)}`);
	}
}
