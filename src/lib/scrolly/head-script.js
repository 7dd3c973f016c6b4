/** The inline <head> script of explainer pages: plain JS so svelte.config.js can hash it for the CSP. */

export const READING_STORAGE_KEY = 'attributed:reading';

/**
 * Runs in <head> before the body paints: picks the stored mode (scrolly by default) so that
 * readers with JavaScript never see the text layout flash. Without JavaScript the attribute is
 * never set and CSS shows the text layout, so nothing is hidden before hydration.
 */
export const HEAD_SCRIPT = `try{document.documentElement.dataset.reading=localStorage.getItem('${READING_STORAGE_KEY}')==='text'?'text':'scrolly'}catch(e){document.documentElement.dataset.reading='scrolly'}`;
