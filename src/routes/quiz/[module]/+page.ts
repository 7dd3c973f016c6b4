import type { PageLoad } from './$types';

/**
 * Components only some quiz pages show, loaded with those pages (here, so that the server renders
 * them and the browser has them before it hydrates) rather than with every question: "whose turn
 * is it?" when the server asks. (The estimate slider comes as server-drawn HTML: +page.server.ts.)
 */
export const load: PageLoad = async ({ data }) => {
	const Turn = data.turn ? await import('./WhoseTurn.svelte') : null;
	return { ...data, Turn: Turn?.default ?? null };
};
