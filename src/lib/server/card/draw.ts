/** A result's card: what it shows (never a question) and drawing it in the worker pool. */
import type { ScoredResult } from '$lib/share/scored';
import { CARD_WORKERS, drawCard, startCardPool } from './pool';
import { cardCanDraw } from './fonts';
import type { CardData } from './render';

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
	if (name && cardCanDraw(name)) data.name = name;
	return data;
}

// Cards being drawn, so two requests for the same new card share one drawing. Not a cache: each
// entry leaves when its card is done (HTTP caching keeps finished cards, in browsers and CDNs).
const drawing = new Map<string, Promise<Uint8Array>>();

/** The card's PNG, drawn in the worker pool; rejects with CardQueueFull when the pool is too busy. */
export function cardFor(token: string, result: ScoredResult): Promise<Uint8Array> {
	const pending = drawing.get(token);
	if (pending) return pending;
	const card = drawCard(cardData(result)).finally(() => drawing.delete(token));
	drawing.set(token, card);
	return card;
}

/** Starts the pool and draws one throwaway card: satori loads its layout engine on first use. Never throws. */
export async function warmUpCards(): Promise<void> {
	try {
		// Every common glyph once, so the first real card does not pay for shaping them either.
		const glyphs = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 ’“”…·/%:-,.';
		startCardPool();
		const sample: CardData = {
			moduleTitle: glyphs,
			right: 1,
			total: 3,
			marks: ['right', 'wrong', 'retired'],
			name: glyphs
		};
		// One per worker: each loads its own copy of the layout engine.
		await Promise.all(Array.from({ length: CARD_WORKERS }, () => drawCard(sample)));
	} catch (error) {
		console.error(`The social card renderer failed to start: ${String(error)}`);
	}
}
