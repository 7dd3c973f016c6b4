import type { PageLoad } from './$types';

/**
 * Components only some quiz pages show, loaded with those pages (here, so that the server renders
 * them and the browser has them before it hydrates) rather than with every question: the estimate
 * slider and its number reader for estimate questions, "whose turn is it?" when the server asks.
 */
export const load: PageLoad = async ({ data }) => {
	const [Slider, Turn] = await Promise.all([
		data.question?.kind === 'estimate' ? import('./EstimateSlider.svelte') : null,
		data.turn ? import('./WhoseTurn.svelte') : null
	]);
	return { ...data, Slider: Slider?.default ?? null, Turn: Turn?.default ?? null };
};
