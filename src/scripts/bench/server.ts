/** Server benchmark: a results page and its card (cold and cached) on the production build, next to bare Node. */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { loadSite, makeToken } from '../../../tests/e2e/tokens';
import { load, timeEach } from './measure';
import { startBare, startProduction, type Running } from './processes';

export interface BenchLine {
	label: string;
	value: string;
	target?: string;
	ok?: boolean;
}

/** A free port on 127.0.0.1, from the operating system. */
function freePort(): Promise<number> {
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
		const app = await startProduction(await freePort());
		running.push(app);
		const base = app.url.replace(/\/$/, '');

		const site = await loadSite(base);
		const slug = site.modules[0]!.slug;
		const token = makeToken(site, slug, 1, (i) => i % 3 !== 0, 'Bench');
		// Warm the route code and this token's caches: "cached" figures are about the steady state.
		await timeEach([`${base}/results/${token}`, `${base}/results/${token}/card.png`]);

		const bareLoad = await load('bare', bare.url, seconds);
		// The ceiling of this stack: a prerendered file, served by adapter-node without rendering anything.
		const staticLoad = await load('prerendered page', `${base}/teach`, seconds);
		const pageLoad = await load('results page', `${base}/results/${token}`, seconds);
		const cardLoad = await load('card, cached', `${base}/results/${token}/card.png`, seconds);
		// Each cold card is a token never seen before (a new name), timed alone.
		const coldTokens = Array.from({ length: 30 }, (_, i) =>
			makeToken(site, slug, 1, (j) => (i + j) % 3 !== 0, `Student ${i}`)
		);
		const cold = await timeEach(coldTokens.map((t) => `${base}/results/${t}/card.png`));
		const coldPages = await timeEach(
			coldTokens.map((t) => `${base}/results/${makeToken(site, slug, 2, () => true, t.slice(-6))}`)
		);

		const ratio = pageLoad.requestsPerSecond / bareLoad.requestsPerSecond;
		const failures = [bareLoad, staticLoad, pageLoad, cardLoad].reduce(
			(n, l) => n + l.non2xx + l.errors,
			0
		);
		return [
			{
				// Other work on the machine skews every figure here; this says how busy it was.
				label: 'machine',
				value: `${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} (1 min)`
			},
			{
				label: 'bare Node HTTP server',
				value: `${rate(bareLoad.requestsPerSecond)}, p99 ${ms(bareLoad.p99)}`
			},
			{
				label: 'results page (same link, from the page cache)',
				value: `${rate(pageLoad.requestsPerSecond)}, p99 ${ms(pageLoad.p99)}`
			},
			{
				label: 'prerendered page (the stack’s ceiling) / bare',
				value: `${rate(staticLoad.requestsPerSecond)}, ${(100 * (staticLoad.requestsPerSecond / bareLoad.requestsPerSecond)).toFixed(0)} %`
			},
			{
				label: 'results page / bare',
				value: `${(100 * ratio).toFixed(0)} %`,
				target: '≥ 30 %',
				ok: ratio >= 0.3
			},
			{
				label: 'results page, new link each time (rendered)',
				value: `median ${ms(coldPages.p50)}, p99 ${ms(coldPages.p99)}`
			},
			{
				label: 'card, cached',
				value: `${rate(cardLoad.requestsPerSecond)}, p99 ${ms(cardLoad.p99)}`
			},
			{
				label: 'card, cold (30 new links, one at a time)',
				value: `median ${ms(cold.p50)}, p99 ${ms(cold.p99)}`,
				target: 'median ≤ 80 ms',
				ok: cold.p50 <= 80
			},
			{
				label: 'failed or non-2xx responses under load',
				value: String(failures),
				target: '0',
				ok: failures === 0
			}
		];
	} finally {
		await Promise.all(running.map((r) => r.stop()));
	}
}
