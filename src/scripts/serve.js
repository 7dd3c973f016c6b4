// Serves the production build: a configured origin, canonical paths, bounded connections and a
// graceful stop. Settings (all optional except ORIGIN in production) are listed in the README.
// Two threads: this one answers prerendered pages and static files itself and forwards everything
// else to the app (SvelteKit) in a worker thread, so no burst of rendering delays a plain page.
import http from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startApp } from './app-proxy.js';
import { prerenderedPaths } from './prerendered-paths.js';
import { canonicalPath, loggablePath } from './request-path.js';
import { securityHeaders, serverLimits } from './server-settings.js';
import { stopGracefully, trackConnections } from './shutdown.js';
import { staticFiles } from './static-files.js';

const handlerFile = fileURLToPath(new URL('../../build/handler.js', import.meta.url));
if (!existsSync(handlerFile)) {
	console.error(
		'No production build found in build/. Run `npm run build` first (`npm start` does both).'
	);
	process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT must be a number from 0 to 65535, not "${process.env.PORT}".`);
	process.exit(1);
}
// Links in pages and cards are absolute and must never follow a request's Host header (a shared cache
// in front would keep a poisoned page). `npm start` runs locally and may pick localhost.
const local = process.argv.includes('--local');
if (!process.env.ORIGIN && !local) {
	console.error(
		'Set ORIGIN to the address people use to reach this site, e.g. ORIGIN=https://attributed.example.org.' +
			' (`npm start` uses http://localhost:$PORT for trying it out.)'
	);
	process.exit(1);
}

const limits = serverLimits();
const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'];
// Prerendered pages and static files have no form actions: a POST to one is refused like any other
// method they lack.
const fileOnly = new Set(
	['prerendered', 'client'].flatMap((dir) => [
		...prerenderedPaths(fileURLToPath(new URL(`../../build/${dir}`, import.meta.url)))
	])
);
const files = staticFiles(fileURLToPath(new URL('../../build', import.meta.url)));
/** @type {(req: http.IncomingMessage, res: http.ServerResponse) => void} */
let forwardToApp;
let stopping = false;
/** Responses not yet sent: told to close their connection when a stop begins. */
const inFlight = new Set();

const server = http.createServer(
	{
		headersTimeout: limits.headersTimeout,
		requestTimeout: limits.requestTimeout,
		keepAliveTimeout: limits.keepAliveTimeout
	},
	(req, res) => {
		const started = process.hrtime.bigint();
		inFlight.add(res);
		res.on('close', () => inFlight.delete(res));
		res.on('finish', () => {
			const ms = Number(process.hrtime.bigint() - started) / 1e6;
			if (process.env.QUIET_LOG !== '1') {
				console.log(`${req.method} ${loggablePath(req.url)} ${res.statusCode} ${ms.toFixed(1)}ms`);
			}
		});
		// During a stop every answer closes its connection, so no keep-alive socket outlives it.
		if (stopping) res.setHeader('Connection', 'close');
		for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
		answer(req, res);
	}
);
server.maxConnections = limits.maxConnections;
const connections = trackConnections(server);
server.timeout = limits.socketTimeout;

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function answer(req, res) {
	const url = req.url ?? '/';
	const canonical = canonicalPath(url);
	const allowed = fileOnly.has(canonical) ? ['GET', 'HEAD'] : ALLOWED_METHODS;
	if (!allowed.includes(req.method ?? '')) {
		res.writeHead(405, { Allow: allowed.join(', '), 'Content-Type': 'text/plain; charset=utf-8' });
		res.end(`This address answers ${allowed.join(', ')} only.\n`);
		return;
	}
	if (canonical !== url.split('?')[0]) {
		const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
		// 308 keeps the method and body, so a form post to an odd spelling still arrives.
		res.writeHead(308, {
			Location: canonical + query,
			'Content-Type': 'text/plain; charset=utf-8'
		});
		res.end(`This page lives at ${loggablePath(canonical)}.\n`);
		return;
	}
	files.serve(req, res, canonical, () => forwardToApp(req, res));
}

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
	if (!process.env.ORIGIN) {
		process.env.ORIGIN = `http://localhost:${shownPort}`;
		console.log(`ORIGIN is not set: using ${process.env.ORIGIN} in links (set it in production).`);
	}
	// Started once ORIGIN is known: adapter-node reads it when its handler loads.
	forwardToApp = startApp(handlerFile, limits.appConcurrency, () =>
		console.log(`Attributed is running at http://localhost:${shownPort}`)
	);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
		stopGracefully(server, connections, limits.shutdownGrace);
	});
}
