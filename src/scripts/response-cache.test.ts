/** The response cache in front of SvelteKit, on a real HTTP server with a stand-in app that counts its renders. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResponseCache, pickEncoding } from './response-cache.js';

interface Answer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

type App = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** What the stand-in app answers by default: a page that names its host, like a real results page. */
const page: App = (req, res) => {
	res.setHeader('Content-Type', 'text/html');
	res.setHeader('ETag', '"abc"');
	res.setHeader('X-Page-Cache', 'miss');
	res.setHeader('Content-Security-Policy', "script-src 'self'");
	res.end(`<!doctype html><p>${req.headers.host} ${req.url}</p>${'<p>padding</p>'.repeat(200)}`);
};

const servers: http.Server[] = [];
afterEach(() => {
	for (const server of servers.splice(0)) server.close();
});

async function start(app: App = page, options?: Parameters<typeof createResponseCache>[0]) {
	const cache = createResponseCache(options);
	const renders = vi.fn(app);
	const server = http.createServer((req, res) => {
		cache.handle(req, res, () => {
			res.setHeader('X-Frame-Options', 'DENY');
			renders(req, res);
		});
	});
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const request = (path: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET') =>
		new Promise<Answer>((resolve, reject) => {
			const req = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
				);
			});
			req.on('error', reject);
			req.end();
		});
	return { cache, renders, request };
}

/** Background compression finishes when the machine gets to it: wait up to a minute, not vitest's 1 s. */
const SLOW_MACHINE = { timeout: 60_000, interval: 50 };

describe('response cache', () => {
	it('answers a second request for a results page from memory, with the same headers and body', async () => {
		const { renders, request } = await start();
		const first = await request('/results/abc.def');
		const second = await request('/results/abc.def');
		expect(renders).toHaveBeenCalledTimes(1);
		expect(second.body.equals(first.body)).toBe(true);
		expect(second.status).toBe(200);
		expect(second.headers['x-frame-options']).toBe('DENY');
		expect(second.headers['content-security-policy']).toBe("script-src 'self'");
		expect(second.headers['content-length']).toBe(String(first.body.byteLength));
		expect([first.headers['x-page-cache'], second.headers['x-page-cache']]).toEqual([
			'miss',
			'hit'
		]);
		expect(first.headers.vary).toBe('Accept-Encoding');
	});

	it('keys by host: another origin gets its own page', async () => {
		const { renders, request } = await start();
		const a = await request('/results/abc', { host: 'a.example' });
		const b = await request('/results/abc', { host: 'b.example' });
		expect(renders).toHaveBeenCalledTimes(2);
		expect(a.body.toString()).toContain('a.example');
		expect(b.body.toString()).toContain('b.example');
		expect((await request('/results/abc', { host: 'b.example' })).body.equals(b.body)).toBe(true);
		expect(renders).toHaveBeenCalledTimes(2);
	});

	it('keys by the configured origin headers too', async () => {
		const { renders, request } = await start(page, { keyHeaders: ['host', 'x-forwarded-proto'] });
		await request('/results/abc', { 'x-forwarded-proto': 'http' });
		await request('/results/abc', { 'x-forwarded-proto': 'https' });
		expect(renders).toHaveBeenCalledTimes(2);
	});

	it('never caches query strings, data requests, other paths, posts or requests with cookies', async () => {
		const { renders, request } = await start();
		const twice = async (path: string, headers = {}, method = 'GET') => {
			await request(path, headers, method);
			await request(path, headers, method);
		};
		await twice('/results/abc?seed=1');
		await twice('/results/abc?');
		await twice('/results/abc/__data.json');
		await twice('/results/abc/__data.json?x-sveltekit-invalidated=01');
		await twice('/results/..');
		await twice('/results/a%2Fb');
		await twice('/quiz/abc');
		await twice('/results/abc', { cookie: 'a=1' });
		await twice('/results/abc', { authorization: 'Basic eDp5' });
		await twice('/results/abc', {}, 'POST');
		expect(renders).toHaveBeenCalledTimes(20);
	});

	it.each([
		['a 500', 500, 'text/html', {}],
		['a 404', 404, 'text/html', {}],
		['a 400 in plain text', 400, 'text/plain', {}],
		['a 200 that sets a cookie', 200, 'text/html', { 'Set-Cookie': 'a=1' }],
		['a 200 marked no-store', 200, 'text/html', { 'Cache-Control': 'no-store' }],
		['a 200 that varies by cookie', 200, 'text/html', { Vary: 'Cookie' }],
		['a 200 already compressed', 200, 'text/html', { 'Content-Encoding': 'gzip' }]
	])('does not keep %s', async (_, status, type, headers) => {
		const { renders, request } = await start((_req, res) => {
			res.writeHead(status, { 'Content-Type': type, ...headers }).end('x');
		});
		await request('/results/abc');
		await request('/results/abc');
		expect(renders).toHaveBeenCalledTimes(2);
	});

	it('keeps a 400 page and a PNG card', async () => {
		const { renders, request } = await start((req, res) => {
			const card = req.url!.endsWith('.png');
			res.writeHead(card ? 200 : 400, { 'Content-Type': card ? 'image/png' : 'text/html' });
			res.end(card ? Buffer.from([137, 80, 78, 71]) : 'broken link');
		});
		for (const path of ['/results/abc', '/results/abc/card.png']) {
			const first = await request(path);
			const second = await request(path, { 'accept-encoding': 'br' });
			expect(second.status).toBe(first.status);
			expect(second.body.equals(first.body)).toBe(true);
		}
		expect(renders).toHaveBeenCalledTimes(2);
	});

	it('stays within its entry count and byte budget, dropping the least recently used', async () => {
		const { cache, renders, request } = await start(page, { maxEntries: 3 });
		for (const token of ['a', 'b', 'c', 'd', 'e']) await request(`/results/${token}`);
		expect(cache.size).toBe(3);
		await request('/results/e');
		expect(renders).toHaveBeenCalledTimes(5);
		await request('/results/a');
		expect(renders).toHaveBeenCalledTimes(6);

		const small = await start(page, { maxBytes: 10_000 });
		for (const token of ['a', 'b', 'c', 'd', 'e', 'f', 'g'])
			await small.request(`/results/${token}`);
		expect(small.cache.bytes).toBeLessThanOrEqual(10_000);
		expect(small.cache.size).toBeGreaterThan(0);
		expect(small.cache.size).toBeLessThan(7);
	});

	it('does not keep a response larger than one entry may be', async () => {
		const { cache, renders, request } = await start(page, { maxEntryBytes: 100 });
		const first = await request('/results/abc');
		expect(first.body.byteLength).toBeGreaterThan(100);
		await request('/results/abc');
		expect(renders).toHaveBeenCalledTimes(2);
		expect(cache.size).toBe(0);
	});

	it('answers If-None-Match with 304 for a 200 page, in any encoding, but never for a 400', async () => {
		const { request } = await start();
		await request('/results/abc');
		const notModified = await request('/results/abc', { 'if-none-match': 'W/"abc"' });
		expect(notModified.status).toBe(304);
		expect(notModified.headers.etag).toBe('"abc"');
		expect(notModified.body.byteLength).toBe(0);
		expect((await request('/results/abc', { 'if-none-match': '"other"' })).status).toBe(200);

		const broken = await start((_req, res) => {
			res.writeHead(400, { 'Content-Type': 'text/html', ETag: '"abc"' }).end('broken');
		});
		await broken.request('/results/abc');
		expect((await broken.request('/results/abc', { 'if-none-match': '"abc"' })).status).toBe(400);
	});

	it('compresses a page asked for twice, for clients that accept it, and names each encoding', async () => {
		const { request } = await start();
		const plain = await request('/results/abc');
		await request('/results/abc');
		await vi.waitFor(async () => {
			const br = await request('/results/abc', { 'accept-encoding': 'gzip, deflate, br, zstd' });
			expect(br.headers['content-encoding']).toBe('br');
			expect(br.headers.etag).toBe('"abc-br"');
			expect(br.headers.vary).toBe('Accept-Encoding');
			expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
		}, SLOW_MACHINE);
		const refused = await request('/results/abc', { 'accept-encoding': 'br;q=0' });
		expect(refused.headers['content-encoding']).toBeUndefined();
		expect(refused.body.equals(plain.body)).toBe(true);
		const revalidated = await request('/results/abc', {
			'accept-encoding': 'br',
			'if-none-match': '"abc-br"'
		});
		expect(revalidated.status).toBe(304);
	});

	it('compresses a popular page again, harder, and keeps its byte count right', async () => {
		let seed = 1;
		const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		const words = 'who said what in the news quote figure claim source outlet minister'.split(' ');
		const text = Array.from({ length: 8000 }, () => words[Math.floor(random() * 12)]).join(' ');
		const { cache, request } = await start((_req, res) => {
			res.writeHead(200, { 'Content-Type': 'text/html' }).end(text);
		});
		const br = () => request('/results/abc', { 'accept-encoding': 'br' });
		await br();
		await br();
		let quick = 0;
		await vi.waitFor(async () => {
			quick = (await br()).body.byteLength;
			expect(quick).toBeLessThan(text.length);
		}, SLOW_MACHINE);
		const bytesBefore = cache.bytes;
		for (let i = 0; i < 20; i++) await br();
		await vi.waitFor(
			async () => expect((await br()).body.byteLength).toBeLessThan(quick),
			SLOW_MACHINE
		);
		const best = await br();
		expect(brotliDecompressSync(best.body).toString()).toBe(text);
		expect(cache.bytes).toBe(bytesBefore - (quick - best.body.byteLength));
	});

	it('answers HEAD from memory without a body, and does not keep what a HEAD rendered', async () => {
		const { renders, request } = await start();
		await request('/results/abc', {}, 'HEAD');
		expect(renders).toHaveBeenCalledTimes(1);
		const page = await request('/results/abc');
		expect(renders).toHaveBeenCalledTimes(2);
		const head = await request('/results/abc', {}, 'HEAD');
		expect(renders).toHaveBeenCalledTimes(2);
		expect(head.body.byteLength).toBe(0);
		expect(head.headers['content-length']).toBe(String(page.body.byteLength));
	});
});

describe('pickEncoding', () => {
	it.each([
		[undefined, 'identity'],
		['', 'identity'],
		['gzip, deflate, br, zstd', 'br'],
		['gzip', 'gzip'],
		['GZIP;q=0.5', 'gzip'],
		['br;q=0, gzip', 'gzip'],
		['br;q=0.0, gzip;q=0', 'identity'],
		['deflate', 'identity']
	])('%s → %s', (header, expected) => {
		expect(pickEncoding(header)).toBe(expected);
	});
});
