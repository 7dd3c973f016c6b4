/** Server benchmark: a results page and its card (new and repeated) on the production build, next to bare Node. */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { loadSite, makeToken } from '../sample-tokens';
import {
	BROWSER_IMAGE,
	BROWSER_PAGE,
	getRaw,
	load,
	loadTogether,
	timeEach,
	wireKB,
	type Answer,
	type LoadFigures
} from './measure';
import { cpuMs } from './burst';
import { startBare, startProduction, startReplay, type Running } from './processes';

export interface BenchLine {
	label: string;
	value: string;
	target?: string;
	ok?: boolean;
}

/** A free port on 127.0.0.1, from the operating system. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const rate = (n: number) => `${Math.round(n).toLocaleString('en')} req/s`;

export async function benchServer(seconds = 5): Promise<BenchLine[]> {
	if (!existsSync('build/handler.js')) {
		return [{ label: 'server', value: 'no build: run `npm run build` first', ok: false }];
	}
	const running: Running[] = [];
	try {
		const bare = await startBare(await freePort());
		running.push(bare);
		// No rate limit here: these lines measure the server's own capacity from one client.
		const app = await startProduction(await freePort(), { RESULTS_BURST: '1000000000' });
		running.push(app);
		const base = app.url.replace(/\/$/, '');

		const site = await loadSite(base);
		const slug = site.modules[0]!.slug;
		const token = makeToken(site, slug, 1, (i) => i % 3 !== 0, 'Bench');
		const pageUrl = `${base}/results/${token}`;
		const cardUrl = `${pageUrl}/card.png`;
		// Warm the route code. Nothing is cached in the server: every request renders or draws again.
		await timeEach([pageUrl, cardUrl]);
		const page = await getRaw(pageUrl, BROWSER_PAGE);
		const plain = await getRaw(pageUrl);
		const card = await getRaw(cardUrl, BROWSER_IMAGE);
		// The same bytes from bare Node: how much of the gap to bare is the answer's size, not the stack.
		const pageReplay = await startReplay(await freePort(), page);
		running.push(pageReplay);
		const cardReplay = await startReplay(await freePort(), card);
		running.push(cardReplay);

		const [bareLoad, pageLoad, pageReplayLoad, cardLoad, cardReplayLoad] = await loadTogether(
			[
				{ label: 'bare', url: bare.url, headers: BROWSER_PAGE },
				{ label: 'results page', url: pageUrl, headers: BROWSER_PAGE },
				{ label: 'page bytes', url: pageReplay.url, headers: BROWSER_PAGE },
				{ label: 'card', url: cardUrl, headers: BROWSER_IMAGE },
				{ label: 'card bytes', url: cardReplay.url, headers: BROWSER_IMAGE }
			],
			seconds
		);
		const plainLoad = await load({ label: 'uncompressed', url: pageUrl }, seconds);
		// What a browser or CDN holding the page sends: answered without rendering.
		const etag = String(plain.headers['etag']);
		const revalidateLoad = await load(
			{ label: 'revalidated', url: pageUrl, headers: { 'if-none-match': etag } },
			seconds
		);
		// The ceiling of adapter-node's own path: a prerendered file, served without rendering anything.
		const staticLoad = await load(
			{ label: 'prerendered', url: `${base}/about`, headers: BROWSER_PAGE },
			seconds
		);
		// Each cold card is a token never seen before (a new name), timed alone.
		const coldTokens = Array.from({ length: 30 }, (_, i) =>
			makeToken(site, slug, 1, (j) => (i + j) % 3 !== 0, `Student ${i}`)
		);
		const cpuBefore = cpuMs(app.pid);
		const cold = await timeEach(coldTokens.map((t) => `${base}/results/${t}/card.png`));
		const coldCpu = (cpuMs(app.pid) - cpuBefore) / coldTokens.length;
		// Names that need a font or emoji images beyond Latin: each card loads only what its name uses.
		const WORLD_NAMES = ['王小明', 'さくら', '김민준', 'محمد', 'Ольга', 'Robin 🦊'];
		const coldWorld = await timeEach(
			Array.from(
				{ length: 30 },
				(_, i) =>
					`${base}/results/${makeToken(site, slug, 1, (j) => (i + j) % 2 !== 0, `${WORLD_NAMES[i % WORLD_NAMES.length]} ${i}`)}/card.png`
			)
		);
		const coldPages = await timeEach(
			coldTokens.map((t) => `${base}/results/${makeToken(site, slug, 2, () => true, t.slice(-6))}`)
		);

		const ofBare = (l: LoadFigures) => l.requestsPerSecond / bareLoad!.requestsPerSecond;
		const percent = (l: LoadFigures) => `${(100 * ofBare(l)).toFixed(0)} % of bare`;
		const figures = (l: LoadFigures) => `${rate(l.requestsPerSecond)}, p99 ${ms(l.p99)}`;
		const loads = [bareLoad!, pageLoad!, pageReplayLoad!, cardLoad!, cardReplayLoad!];
		const failures = [...loads, plainLoad, staticLoad].reduce((n, l) => n + l.non2xx + l.errors, 0);
		const revalidateFailures = revalidateLoad.errors;
		const sent = (a: Answer) => `${a.headers['content-encoding'] ?? 'uncompressed'}, ${wireKB(a)}`;
		return [
			{
				// Other work on the machine skews every figure here; this says how busy it was.
				label: 'machine',
				value: `${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} (1 min)`
			},
			{ label: 'bare Node HTTP server (a 50-byte page)', value: figures(bareLoad!) },
			{
				label: `results page, rendered each time (${sent(page)})`,
				value: figures(pageLoad!)
			},
			{
				label: 'results page / bare',
				value: `${(100 * ofBare(pageLoad!)).toFixed(0)} %`
			},
			{
				label: 'results page revalidated (If-None-Match, 304)',
				value: `${figures(revalidateLoad)}, ${percent(revalidateLoad)}`
			},
			{
				label: '  bare Node sending those same bytes',
				value: `${figures(pageReplayLoad!)}, ${percent(pageReplayLoad!)}`
			},
			{
				label: `results page, rendered, no compression asked (${wireKB(plain)})`,
				value: `${figures(plainLoad)}, ${percent(plainLoad)}`
			},
			{
				label: 'prerendered page (sirv, as a browser asks)',
				value: `${figures(staticLoad)}, ${percent(staticLoad)}`
			},
			{
				label: 'results page, new link each time (rendered)',
				value: `median ${ms(coldPages.p50)}, p99 ${ms(coldPages.p99)}`
			},
			{
				label: `card, same link, drawn in the pool each time (${wireKB(card)})`,
				value: `${figures(cardLoad!)}, ${percent(cardLoad!)}`
			},
			{
				// autocannon reads every body into a string: binary bodies cost the client, not the server.
				label: '  bare Node sending those same bytes',
				value: `${figures(cardReplayLoad!)}, ${percent(cardReplayLoad!)}`
			},
			{
				label: 'card, cold (30 new links, one at a time)',
				value: `median ${ms(cold.p50)}, p99 ${ms(cold.p99)}`,
				target: 'median ≤ 80 ms',
				ok: cold.p50 <= 80
			},
			{
				label: 'card, cold, names in Chinese, Japanese, Korean, Arabic, Cyrillic, emoji (30)',
				value: `median ${ms(coldWorld.p50)}, p99 ${ms(coldWorld.p99)}`,
				target: 'median ≤ 80 ms',
				ok: coldWorld.p50 <= 80
			},
			{
				// What a cold card costs the server whatever else runs: on an idle core, about its time.
				label: '  server CPU time per cold card (all threads)',
				value: ms(coldCpu)
			},
			{
				label: 'failed or non-2xx responses under load',
				value: String(failures),
				target: '0',
				ok: failures + revalidateFailures === 0
			}
		];
	} finally {
		await Promise.all(running.map((r) => r.stop()));
	}
}
