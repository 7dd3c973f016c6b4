/** HTML drawn on the server by `render`, made safe for a page to show with {@html}. */

/**
 * The HTML without the comments Svelte marks its blocks with. Inside the page's own {@html}, those
 * markers throw the page's hydration off ("Failed to hydrate"): the browser then draws the whole page
 * again, dropping whatever was typed before its scripts arrived.
 */
export const withoutMarkers = (html: string): string => html.replace(/<!--[^]*?-->/g, '');
