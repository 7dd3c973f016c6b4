/** HTTP caching for results pages and cards: both are pure functions of their URL and this build's content. */
import { createHash } from 'node:crypto';
import { version } from '$app/environment';
import { contentVersion } from '../content-version';

export const RESULTS_PAGE = '/results/[token]';
export const RESULTS_CARD = '/results/[token]/card.png';

/** A day for pages: their links do not name the content version, so a deploy may change one. */
export const PAGE_CACHE = 'public, max-age=86400';
/** A card whose `?v=` names the current content never changes: a year, immutable. */
export const PINNED_CARD_CACHE = 'public, max-age=31536000, immutable';
/** A broken link stays broken; an hour keeps forged links off the server without pinning a mistake. */
export const BROKEN_CACHE = 'public, max-age=3600';

let tag: string | null = null;

/**
 * One strong ETag for every results page and card of this build, content and origin: an ETag only
 * has to tell versions of the same URL apart, and the token is the URL. Equal on every instance.
 */
export function resultsETag(origin: string): string {
	tag ??= `"${createHash('sha256').update(`${version}\n${contentVersion()}\n${origin}`).digest('base64url').slice(0, 22)}"`;
	return tag;
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function notModified(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch
		.split(',')
		.map((part) => part.trim().replace(/^W\//, ''))
		.some((candidate) => candidate === '*' || candidate === etag);
}

/** The Cache-Control a results response gets, by route and status. */
export function resultsCacheControl(routeId: string, status: number, url: URL): string | null {
	if (status === 400) return BROKEN_CACHE;
	if (status !== 200) return null;
	if (routeId === RESULTS_CARD && url.searchParams.get('v') === contentVersion()) {
		return PINNED_CARD_CACHE;
	}
	return PAGE_CACHE;
}
