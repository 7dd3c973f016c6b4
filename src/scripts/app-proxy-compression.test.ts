/**
 * The proxy's compression, through real HTTP: serve.js's forwarding (startApp) in front of a stand-in
 * for SvelteKit's handler in the app worker, and node:zlib as the independent decoder.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, createGunzip, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from './app-proxy.js';

// A page of about 40 KB sent in small chunks (as SvelteKit streams), a PNG, a tiny body and an ETag
// answered with 304, like the app's results page and card.
const HANDLER = `
const line = (i) => '<p>Answer ' + i + ': “a quoted claim”, said an official, ' + 'é'.repeat(i % 7) + '</p>\\n';
const page = Buffer.from(Array.from({ length: 600 }, (_, i) => line(i)).join(''));
const png = Buffer.alloc(4000, 7);
png.set([0x89, 0x50, 0x4e, 0x47], 0);
let release = () => {};
export function handler(req, res) {
	if (req.url === '/page' && req.headers['if-none-match'] === '"v1"') {
		res.writeHead(304, { etag: '"v1"' });
		return res.end();
	}
	if (req.url === '/page') {
		res.writeHead(200, { 'content-type': 'text/html', 'content-length': page.length, etag: '"v1"' });
		if (req.method === 'HEAD') return res.end();
		let at = 0;
		const next = () => {
			if (at >= page.length) return res.end();
			res.write(page.subarray(at, at + 1500));
			at += 1500;
			setImmediate(next);
		};
		return next();
	}
	if (req.url === '/stream') {
		res.writeHead(200, { 'content-type': 'text/html' });
		res.write(page.subarray(0, 3000));
		release = () => res.end(page.subarray(3000, 6000));
		return;
	}
	if (req.url === '/release') {
		release();
		return res.end();
	}
	if (req.url === '/card.png') {
		res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length });
		return res.end(png);
	}
	res.writeHead(200, { 'content-type': 'application/json', 'content-length': 11 });
	res.end('{"ok":true}');
}
`;

interface Answer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string>, method = 'GET') {
	return new Promise<Answer>((resolve, reject) => {
		const req = http.request({ port, path, headers, method }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

const dir = mkdtempSync(join(tmpdir(), 'attributed-proxy-test-'));
let server: http.Server;
let port = 0;

beforeAll(async () => {
	const handlerFile = join(dir, 'handler.mjs');
	writeFileSync(handlerFile, HANDLER);
	await new Promise<void>((ready) => {
		const forward = startApp(handlerFile, 2, ready);
		server = http.createServer(forward).listen(0, '127.0.0.1');
	});
	port = (server.address() as AddressInfo).port;
});

afterAll(() => {
	server?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the proxy’s compression of the app’s answers', () => {
	it('sends br or gzip that node:zlib decodes to the very bytes of the uncompressed answer', async () => {
		const plain = await get(port, '/page', {});
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.length).toBe(Number(plain.headers['content-length']));

		const br = await get(port, '/page', { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['content-length']).toBeUndefined();
		expect(br.body.length).toBeLessThan(plain.body.length / 4);
		expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

		const gzip = await get(port, '/page', { 'accept-encoding': 'gzip' });
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);

		// Every variant says it varies, so a shared cache keeps them apart; the ETag is the app's.
		for (const answer of [plain, br, gzip]) {
			expect(answer.headers.vary).toMatch(/accept-encoding/i);
			expect(answer.headers.etag).toBe('"v1"');
		}
	});

	it('sends what a streaming page has sent so far before the page is finished', async () => {
		// The app ends the page only when asked to, once the client has decoded all it wrote so far.
		const { body, early } = await new Promise<{ body: Buffer; early: Buffer }>(
			(resolve, reject) => {
				const req = http.request(
					{ port, path: '/stream', headers: { 'accept-encoding': 'gzip' } },
					(res) => {
						expect(res.headers['content-encoding']).toBe('gzip');
						const chunks: Buffer[] = [];
						const decoded: Buffer[] = [];
						let early = Buffer.alloc(0);
						const gunzip = createGunzip();
						gunzip.on('data', (c: Buffer) => {
							decoded.push(c);
							if (early.length === 0 && Buffer.concat(decoded).length >= 3000) {
								early = Buffer.concat(decoded);
								void get(port, '/release', {});
							}
						});
						res.on('data', (c: Buffer) => {
							chunks.push(c);
							gunzip.write(c);
						});
						res.on('end', () => resolve({ body: Buffer.concat(chunks), early }));
					}
				);
				req.on('error', reject);
				req.end();
			}
		);
		const whole = (await get(port, '/page', {})).body;
		expect(early.equals(whole.subarray(0, 3000))).toBe(true);
		expect(gunzipSync(body).equals(whole.subarray(0, 6000))).toBe(true);
	});

	it('leaves a client that refuses compression, HEAD and 304 as the app answered them', async () => {
		const refused = await get(port, '/page', { 'accept-encoding': 'identity' });
		expect(refused.headers['content-encoding']).toBeUndefined();

		const head = await get(port, '/page', { 'accept-encoding': 'br' }, 'HEAD');
		const plain = await get(port, '/page', {});
		expect(head.status).toBe(200);
		expect(head.headers['content-encoding']).toBeUndefined();
		expect(head.headers['content-length']).toBe(plain.headers['content-length']);
		expect(head.body.length).toBe(0);

		const unchanged = await get(port, '/page', {
			'accept-encoding': 'br',
			'if-none-match': '"v1"'
		});
		expect(unchanged.status).toBe(304);
		expect(unchanged.headers.etag).toBe('"v1"');
		expect(unchanged.body.length).toBe(0);
	});

	it('never compresses a PNG card again, nor a tiny body', async () => {
		const card = await get(port, '/card.png', { 'accept-encoding': 'br, gzip' });
		expect(card.headers['content-encoding']).toBeUndefined();
		expect(card.body.length).toBe(4000);
		expect([...card.body.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

		// SvelteKit states the length of what it sends whole (JSON, small pages): that is the cue.
		const tiny = await get(port, '/tiny', { 'accept-encoding': 'br, gzip' });
		expect(tiny.headers['content-encoding']).toBeUndefined();
		expect(JSON.parse(tiny.body.toString())).toEqual({ ok: true });
	});
});
