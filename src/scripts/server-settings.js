/** The production server's fixed headers and its limits, each overridable from the environment. */

// Headers every response gets, including prerendered files that never reach SvelteKit's hooks.
export const securityHeaders = {
	'X-Content-Type-Options': 'nosniff',
	// Not no-referrer: that makes browsers send `Origin: null` on form posts, which CSRF checks refuse.
	'Referrer-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	// Prerendered pages carry their CSP in a <meta> tag, which cannot hold frame-ancestors; this
	// header adds it. Pages rendered on request replace it with SvelteKit's full policy.
	'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"
};

/** @param {string} name @param {number} fallback */
function setting(name, fallback) {
	const value = Number(process.env[name]);
	return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Milliseconds and counts; documented in the README's deployment section. */
export function serverLimits() {
	return {
		// A client has 10 s to send its headers and 30 s for the whole request (body included).
		headersTimeout: setting('HEADERS_TIMEOUT_MS', 10_000),
		requestTimeout: setting('REQUEST_TIMEOUT_MS', 30_000),
		// An idle keep-alive connection is closed after 5 s; any socket silent for 60 s is closed.
		keepAliveTimeout: setting('KEEP_ALIVE_TIMEOUT_MS', 5_000),
		socketTimeout: setting('SOCKET_TIMEOUT_MS', 60_000),
		// Connections beyond this are refused at once rather than queued.
		maxConnections: setting('MAX_CONNECTIONS', 1_000),
		// On SIGTERM, requests in flight get this long before every connection is cut and the process exits.
		shutdownGrace: setting('SHUTDOWN_GRACE_MS', 8_000),
		// Requests the app thread works on at once; more wait in the main thread. Above CARD_QUEUE plus
		// the card workers, so a burst of cards still fills the card queue and is told 503.
		appConcurrency: setting('APP_CONCURRENCY', 24)
	};
}
