// Serves the production build: one log line per request, security headers, a clear URL on start.
import http from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createResponseCache } from './response-cache.js';

const handlerFile = fileURLToPath(new URL('../../build/handler.js', import.meta.url));
if (!existsSync(handlerFile)) {
	console.error(
		'No production build found in build/. Run `npm run build` first (`npm start` does both).'
	);
	process.exit(1);
}
// This server speaks plain HTTP. adapter-node assumes https unless told, and SvelteKit's CSRF check
// then rejects every form post (the quiz works by form posts). Say so, unless an operator configured it.
const ownProtocolHeader = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocolHeader) process.env.PROTOCOL_HEADER = 'x-attributed-proto';
const { handler } = await import(handlerFile);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT must be a number from 0 to 65535, not "${process.env.PORT}".`);
	process.exit(1);
}

// Headers every response gets, including prerendered files that never reach SvelteKit's hooks.
const securityHeaders = {
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

// A results page holds absolute URLs, so its origin is part of the key: the headers adapter-node takes it from.
const responses = createResponseCache({
	keyHeaders: [
		'host',
		...['PROTOCOL_HEADER', 'HOST_HEADER', 'PORT_HEADER'].map((name) => process.env[name] ?? '')
	].filter(Boolean)
});

/** The path to log: query strings and result tokens stay out of the logs. */
function loggablePath(url = '/') {
	const path = url.split('?')[0] ?? '/';
	return path.replace(/^\/results\/[^/]+/, '/results/[token]');
}

const server = http.createServer((req, res) => {
	const started = process.hrtime.bigint();
	if (ownProtocolHeader) req.headers['x-attributed-proto'] = 'http';
	res.on('finish', () => {
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		if (process.env.QUIET_LOG !== '1') {
			console.log(`${req.method} ${loggablePath(req.url)} ${res.statusCode} ${ms.toFixed(1)}ms`);
		}
	});
	// A response from the cache is sent with every header the first one had, these included.
	responses.handle(req, res, () => {
		for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
		handler(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Not found');
		});
	});
});

server.on('error', (/** @type {NodeJS.ErrnoException} */ err) => {
	if (err.code === 'EADDRINUSE') {
		console.error(
			`Port ${port} is already in use. Stop the other server or set PORT, e.g. PORT=3001 npm start.`
		);
	} else {
		console.error(`The server could not start: ${err.message}`);
	}
	process.exit(1);
});

server.listen(port, host, () => {
	const actual = server.address();
	const shownPort = typeof actual === 'object' && actual ? actual.port : port;
	console.log(`Attributed is running at http://localhost:${shownPort}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
