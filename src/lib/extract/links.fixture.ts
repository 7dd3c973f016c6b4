/** Test fixture: quotes and figures with only the fields links read set to something of interest. */
import type { Figure, Quote } from './types';

/** A quote of `text` in `seed`, said by nobody. */
export const quoteAt = (id: string, seed: string, text: string): Quote => ({
	id,
	seed,
	text,
	start: 0,
	end: text.length,
	kind: 'full',
	paragraph: 1,
	sentence: { start: 0, end: text.length },
	speakerId: null,
	speaker: null,
	cue: null,
	via: []
});

/** A figure in `seed` of `value` in `unit`, counting `counts`, claimed by nobody. */
export const figureAt = (
	id: string,
	seed: string,
	{ value, kind, unit, counts }: Pick<Figure, 'value' | 'kind' | 'unit' | 'counts'>
): Figure => ({
	id,
	seed,
	text: String(value),
	start: 0,
	end: 1,
	value,
	kind,
	unit,
	counts,
	paragraph: 1,
	sentence: { start: 0, end: 1 },
	claimantId: null,
	claimant: null,
	via: []
});
