/** The app (SvelteKit) in a worker thread behind a private Unix socket, and the main thread's forwarding to it. */
import http from 'node:http';
import compression from 'compression';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';

/** @typedef {import('node:http').IncomingMessage} Req @typedef {import('node:http').ServerResponse} Res */

/** The client's address as the main thread sees it, handed to the app (its rate limit counts clients). */
const CLIENT_HEADER = 'x-attributed-client-address';
/** The app's young generation, in MB (V8's default is 16 MB semi-spaces); see the README's benchmarks. */
const APP_YOUNG_MB = 4;
/**
 * Compresses the app's answers (pages, __data.json, SVG; never PNG cards or bodies under 1 KB) for
 * clients that accept br or gzip, as they stream, with `Vary: Accept-Encoding`; HEAD and 304 pass as
 * they are. Prerendered pages and static files are precompressed files (see static-files.js).
 */
export const compressAnswer = /** @type {(req: Req, res: Res, next: () => void) => void} */ (
	/** @type {unknown} */ (
		// Each piece the app writes goes out at once (a sync flush, which keeps the dictionary), not
		// when zlib's buffer fills: a page that streams (SvelteKit's promises in load) keeps streaming.
		compression({
			flush: zlib.constants.Z_SYNC_FLUSH,
			brotli: { flush: zlib.constants.BROTLI_OPERATION_FLUSH }
		})
	)
);
/** Hop-by-hop headers: about one connection, never forwarded. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'expect', 'upgrade', 'te'];

/**
 * The address the rate limit counts, as adapter-node reads it: ADDRESS_HEADER and XFF_DEPTH behind
 * a proxy, else the socket's.
 * @param {Pick<Req, 'headers' | 'socket'>} req
 * @param {Record<string, string | undefined>} env
 */
export function clientAddress(req, env = process.env) {
	const header = (env.ADDRESS_HEADER ?? '').toLowerCase();
	const value = header ? req.headers[header] : undefined;
	if (typeof value === 'string' && value) {
		if (header !== 'x-forwarded-for') return value.trim();
		const addresses = value.split(',');
		const depth = Math.max(1, Number.parseInt(env.XFF_DEPTH ?? '1', 10) || 1);
		return (addresses[Math.max(0, addresses.length - depth)] ?? '').trim();
	}
	return req.socket.remoteAddress ?? '';
}

/**
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {import('node:http').IncomingHttpHeaders}
 */
function withoutHopByHop(headers) {
	const kept = { ...headers };
	for (const name of HOP_BY_HOP) delete kept[name];
	return kept;
}

/**
 * Starts the app worker (again if it ever stops) and returns `forward`, which answers a request with it.
 * @param {string} handlerFile adapter-node's build/handler.js
 * @param {number} concurrency requests the app works on at once
 * @param {() => void} onReady called once, when the app first answers
 */
export function startApp(handlerFile, concurrency, onReady) {
	const dir = mkdtempSync(join(tmpdir(), 'attributed-'));
	const socketPath = join(dir, 'app.sock');
	let exiting = false;
	process.on('exit', () => {
		exiting = true;
		rmSync(dir, { recursive: true, force: true });
	});
	// At most `concurrency` requests are in the app at once (so a burst cannot fill its memory); the
	// rest wait, cheaply, in this thread.
	const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
	/** @type {Promise<void>} */
	let ready;
	let started = false;
	const start = () => {
		const worker = new Worker(new URL('./app-worker.js', import.meta.url), {
			workerData: { handlerFile, socketPath },
			// The app reads the client's address from the main thread's header, not from a proxy's.
			env: { ...process.env, ADDRESS_HEADER: CLIENT_HEADER, XFF_DEPTH: '1' },
			// Rendering makes much short-lived garbage: a small young generation keeps a burst from
			// growing the heap for good (see the README's benchmarks).
			resourceLimits: { maxYoungGenerationSizeMb: APP_YOUNG_MB }
		});
		ready = new Promise((resolve) => worker.once('message', () => resolve()));
		ready.then(() => {
			if (!started) onReady();
			started = true;
		});
		worker.on('error', (error) => console.error(`The app failed: ${error.stack ?? error}`));
		// An app that stops (a crash, memory) is started again; requests meanwhile wait for it. One
		// that never started (a bad setting) stops the server.
		worker.once('exit', (code) => {
			if (exiting) return;
			if (!started) process.exit(1);
			rmSync(socketPath, { force: true });
			console.error(`The app stopped (exit code ${code}); starting it again.`);
			start();
		});
	};
	start();

	/** @param {Req} req @param {Res} res */
	function forward(req, res) {
		const headers = { ...withoutHopByHop(req.headers), [CLIENT_HEADER]: clientAddress(req) };
		ready.then(() => compressAnswer(req, res, () => send(req, res, headers)));
	}

	/** @param {Req} req @param {Res} res @param {import('node:http').OutgoingHttpHeaders} headers */
	function send(req, res, headers) {
		const upstream = http.request(
			{ socketPath, agent, method: req.method, path: req.url, headers },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
				answer.pipe(res);
			}
		);
		upstream.on('error', () => {
			if (res.headersSent) return void res.destroy();
			res.writeHead(503, {
				'Content-Type': 'text/plain; charset=utf-8',
				'Retry-After': '5',
				'Cache-Control': 'no-store'
			});
			res.end('The server is restarting. Try again in a moment.\n');
		});
		// A client that goes away (or is cut off) cancels what it asked for.
		res.on('close', () => {
			if (!res.writableFinished) upstream.destroy();
		});
		req.pipe(upstream);
	}
	return forward;
}
