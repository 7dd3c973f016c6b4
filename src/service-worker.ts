/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support. On install it precaches the build, static files and every prerendered page
 * (explainers, sources, teacher pages, the bank and quiz list the quiz needs), in a cache named after
 * the build version; activation deletes the caches of older builds. Requests go to the network first,
 * so pages are never stale online; offline they come from the cache, and a page that needs the network
 * gets the prerendered /offline page saying so. Each navigation also asks the browser for an update.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `attributed-${version}`;
const PRECACHE = [...build, ...files, ...prerendered];
const IMMUTABLE = new Set(build);
const PRECACHED = new Set(PRECACHE);
/** The page served for a navigation that needs the network while offline. */
const OFFLINE_PAGE = '/offline';
/** At most one update check per minute, however fast the reader clicks. */
const UPDATE_INTERVAL_MS = 60_000;

/** Some browsers (and private modes) give a service worker without Cache Storage: then pass through. */
const hasCaches = typeof caches !== 'undefined';

sw.addEventListener('install', (event) => {
	if (!hasCaches) return;
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			if (hasCaches) {
				for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

let lastUpdateCheck = 0;
function checkForUpdate(): void {
	const now = Date.now();
	if (now - lastUpdateCheck < UPDATE_INTERVAL_MS) return;
	lastUpdateCheck = now;
	sw.registration.update().catch(() => {
		// Offline or the server is down: the next navigation tries again.
	});
}

/** The cache key of a request: prerendered pages are stored without their query string. */
function cacheKey(url: URL): string {
	return PRECACHED.has(url.pathname) ? url.pathname : url.href;
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	// Hashed build files never change: the cache answers at once.
	if (IMMUTABLE.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		// Keep precached pages fresh, so offline shows what was last seen online.
		if (response.ok && response.type === 'basic' && PRECACHED.has(url.pathname)) {
			await cache.put(url.pathname, response.clone());
		}
		return response;
	} catch (error) {
		const hit = await cache.match(cacheKey(url));
		if (hit) return hit;
		if (request.mode === 'navigate') {
			// Status 200: the page itself says what is wrong, and the browser logs no failed load.
			const offline = await cache.match(OFFLINE_PAGE);
			if (offline) return offline;
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.mode === 'navigate') checkForUpdate();
	if (!hasCaches || request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});
