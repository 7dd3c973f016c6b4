// The built server under pressure, each test on a server of its own: rate limit, card queue, graceful stop, honest log.
import http from 'node:http';
import net from 'node:net';
import { expect, test } from './fixtures';
import { rawRequest, startOwnServer, type OwnServer } from './own-server';
import { loadSite, makeToken, type Site } from './tokens';

let site: Site;
let server: OwnServer | undefined;

test.beforeAll(async () => {
	site = await loadSite(String(test.info().project.use.baseURL));
});
test.afterEach(() => server?.stop());

const tokens = (from: number, count: number, name?: string) =>
	Array.from({ length: count }, (_, i) =>
		makeToken(site, site.modules[i % site.modules.length]!.slug, from + i, (j) => j % 2 === 0, name)
	);

test('past its burst, a client gets 429 with Retry-After for results pages and cards', async () => {
	test.setTimeout(180_000);
	server = await startOwnServer({ RESULTS_BURST: '4', RESULTS_PER_SECOND: '0.01' });
	const [a, b] = tokens(500, 2);
	const statuses: number[] = [];
	let etag = '';
	for (const path of [
		`/results/${a}`,
		`/results/${b}`,
		`/results/${a}/card.png`,
		`/results/${b}`
	]) {
		const response = await rawRequest(server.base, path);
		statuses.push(response.status);
		etag ||= String(response.headers.etag);
	}
	expect(statuses).toEqual([200, 200, 200, 200]);
	const refused = await rawRequest(server.base, `/results/${a}/card.png`);
	expect(refused.status).toBe(429);
	expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
	expect(refused.headers['cache-control']).toBe('no-store');
	// The limit counts the connection's address: a header naming another one (the server's own
	// internal one included) changes nothing.
	for (const header of ['x-attributed-client-address', 'x-forwarded-for']) {
		const spoofed = await rawRequest(server.base, `/results/${b}/card.png`, {
			headers: { [header]: '203.0.113.9' }
		});
		expect(spoofed.status).toBe(429);
	}
	// Other pages are not limited, and a revalidation draws nothing, so costs nothing.
	expect((await rawRequest(server.base, '/')).status).toBe(200);
	const revalidated = await rawRequest(server.base, `/results/${a}`, {
		headers: { 'if-none-match': etag }
	});
	expect(revalidated.status).toBe(304);
});

test('a burst of new cards beyond the queue gets 503 with Retry-After while the site keeps answering', async () => {
	test.setTimeout(180_000);
	server = await startOwnServer({ CARD_WORKERS: '1', CARD_QUEUE: '2', QUIET_LOG: '1' });
	const base = server.base;
	const finished: string[] = [];
	const cards = tokens(600, 12).map((t) =>
		rawRequest(base, `/results/${t}/card.png`).finally(() => finished.push('card'))
	);
	const home = await rawRequest(base, '/').finally(() => finished.push('home'));
	const answered = await Promise.all(cards);
	expect(home.status).toBe(200);
	// A prerendered page is answered by the main thread, never behind the cards being drawn.
	expect(finished.indexOf('home')).toBeLessThan(finished.length - 1);
	const byStatus = (status: number) => answered.filter((r) => r.status === status);
	expect(byStatus(200).length + byStatus(503).length).toBe(answered.length);
	expect(byStatus(503).length).toBeGreaterThan(0);
	for (const r of byStatus(503)) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
	for (const r of byStatus(200)) expect(r.body.subarray(1, 4).toString()).toBe('PNG');
});

test('SIGTERM under load: every request in flight is answered, then the process exits', async () => {
	test.setTimeout(180_000);
	// Long limits: on a busy test machine a request queued behind 30 others may wait longer than the
	// default 10 s for its headers to be read, or the 8 s grace; this test is about the stop itself.
	server = await startOwnServer({
		QUIET_LOG: '1',
		SHUTDOWN_GRACE_MS: '120000',
		HEADERS_TIMEOUT_MS: '120000',
		REQUEST_TIMEOUT_MS: '120000'
	});
	const agent = new http.Agent({ keepAlive: true, maxSockets: 40 });
	const sent: Promise<void>[] = [];
	const answers: Promise<{ status: number } | { error: string }>[] = [];
	const paths = tokens(700, 30).map((t, i) => (i % 3 ? `/results/${t}` : `/results/${t}/card.png`));
	for (const path of [...paths, '/', '/quiz', '/learn']) {
		const req = http.request(`${server.base}${path}`, { agent });
		sent.push(new Promise((resolve) => req.on('finish', resolve)));
		answers.push(
			new Promise((resolve) => {
				req.on('response', (res) => {
					res.resume();
					res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
					res.on('error', (e) => resolve({ error: e.message }));
				});
				req.on('error', (e) =>
					resolve({ error: `${path.slice(0, 12)} ${path.slice(-9)} ${e.message}` })
				);
			})
		);
		req.end();
	}
	await Promise.all(sent);
	server.child.kill('SIGTERM');
	const results = await Promise.all(answers);
	agent.destroy();
	expect(
		results.filter((r) => 'error' in r),
		server.output()
	).toEqual([]);
	for (const r of results) expect([200, 503]).toContain((r as { status: number }).status);
	expect(await server.exited).toBe(0);
});

test('SIGTERM with a stalled upload still exits, after the grace period', async () => {
	test.setTimeout(120_000);
	server = await startOwnServer({ QUIET_LOG: '1', SHUTDOWN_GRACE_MS: '2000' });
	const socket = net.connect(server.port, '127.0.0.1');
	await new Promise((resolve) => socket.on('connect', resolve));
	// Headers promise 100,000 bytes; ten arrive, then nothing.
	socket.write(
		'POST /quiz HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n0123456789'
	);
	socket.on('error', () => {});
	await new Promise((resolve) => setTimeout(resolve, 300));
	server.child.kill('SIGTERM');
	expect(await server.exited).toBe(0);
	socket.destroy();
});

test('the log holds no token or name in any path spelling, and no error for a client’s fault', async () => {
	test.setTimeout(180_000);
	server = await startOwnServer();
	const [token] = tokens(800, 1, 'SecretName');
	for (const path of [
		`/./results/${token}`,
		`/%72esults/${token}`,
		`/quiz/../results/${token}`,
		`/%2e%2e/results/${token}/card.png`,
		'/learn/%E0%A4%A',
		'/quiz/%'
	]) {
		await rawRequest(server.base, path);
	}
	// A form post broken off halfway by its client.
	const socket = net.connect(server.port, '127.0.0.1');
	await new Promise((resolve) => socket.on('connect', resolve));
	socket.write(
		`POST /results/${token}?/name HTTP/1.1\r\nHost: x\r\nOrigin: http://localhost:${server.port}\r\n` +
			'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nname=Sec'
	);
	await new Promise((resolve) => setTimeout(resolve, 500));
	socket.destroy();
	await expect
		.poll(
			() =>
				server!
					.output()
					.split('\n')
					.filter((l) => /^[A-Z]+ \//.test(l)).length
		)
		.toBe(6);
	await new Promise((resolve) => setTimeout(resolve, 1000));
	const log = server.output();
	expect(log).not.toContain(token!.slice(0, 16));
	expect(log).not.toContain('SecretName');
	expect(log).not.toContain('Unexpected error');
	expect(log).toMatch(/^GET \/results\/\[token\] 308 /m);
});
