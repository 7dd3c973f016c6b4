/** Cards by token: rendered once, then served from memory. A card is a pure function of its token. */
import { Lru } from '../lru';
import type { ScoredResult } from '$lib/share/scored';
import { renderCard, type CardData } from './render';

/** What the card's fonts (Inter: Latin, Greek, Cyrillic, Vietnamese) can draw; anything else would be boxes. */
const DRAWABLE =
	/^[\u0020-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]*$/;

export function cardData(result: ScoredResult): CardData {
	const data: CardData = {
		moduleTitle: result.module.title,
		right: result.right,
		total: result.total,
		marks: result.questions.map((q) => q.result ?? q.status)
	};
	// A name the fonts cannot draw is left off the card (the page still shows it) rather than drawn as boxes.
	// Composed form (NFC): a letter and its accent become the one glyph the fonts have.
	const name = result.name?.normalize('NFC');
	if (name && DRAWABLE.test(name)) data.name = name;
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
