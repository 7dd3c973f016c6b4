/** Load runs with autocannon and one-at-a-time timings, both bounded in time and count. */
import autocannon from 'autocannon';
import http from 'node:http';

export interface LoadFigures {
	label: string;
	requestsPerSecond: number;
	p99: number;
	non2xx: number;
	errors: number;
}

export interface Target {
	label: string;
	url: string;
	headers?: Record<string, string>;
}

/** What a browser sends for a page: without Accept-Encoding a server may not compress, and a browser always asks. */
export const BROWSER_PAGE = {
	accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
	'accept-encoding': 'gzip, deflate, br, zstd'
};
export const BROWSER_IMAGE = {
	accept: 'image/avif,image/webp,image/apng,image/*,*/*;q=0.8',
	'accept-encoding': 'gzip, deflate, br, zstd'
};

export async function load(target: Target, seconds = 5): Promise<LoadFigures> {
	return (await loadTogether([target], seconds, 1))[0]!;
}

/**
 * Loads the targets in turns (a, b, a, b, …), `seconds` each in all: other work on the machine then
 * weighs on every target alike, so their ratio holds even when it changes half-way. The rate is all
 * requests over all time; the p99 is the worst round's.
 */
export async function loadTogether(
	targets: Target[],
	seconds = 5,
	rounds = 5
): Promise<LoadFigures[]> {
	const sums = targets.map((t) => ({
		label: t.label,
		requests: 0,
		time: 0,
		p99: 0,
		bad: 0,
		err: 0
	}));
	for (let round = 0; round < rounds; round++) {
		for (const [i, target] of targets.entries()) {
			const result = await autocannon({
				url: target.url,
				headers: target.headers,
				connections: 10,
				duration: seconds / rounds
			});
			const sum = sums[i]!;
			sum.requests += result.requests.total;
			sum.time += result.duration;
			sum.p99 = Math.max(sum.p99, result.latency.p99);
			sum.bad += result.non2xx;
			sum.err += result.errors + result.timeouts;
		}
	}
	return sums.map((s) => ({
		label: s.label,
		requestsPerSecond: s.requests / s.time,
		p99: s.p99,
		non2xx: s.bad,
		errors: s.err
	}));
}

/** Times each URL once, in turn: the cold path, with no other request competing. */
export async function timeEach(urls: string[]): Promise<{ p50: number; p99: number; max: number }> {
	const times: number[] = [];
	for (const url of urls) {
		const started = performance.now();
		const response = await fetch(url);
		await response.arrayBuffer();
		if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
	return { p50: at(0.5), p99: at(0.99), max: times[times.length - 1] ?? NaN };
}

export interface Answer {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/** One GET as sent on the wire, body still compressed (fetch would decompress it and hide the size). */
export function getRaw(url: string, headers: Record<string, string> = {}): Promise<Answer> {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => {
					const kept = Object.entries(res.headers).filter(
						([name]) => !['date', 'connection', 'keep-alive'].includes(name)
					);
					resolve({
						status: res.statusCode ?? 0,
						headers: Object.fromEntries(kept.map(([n, v]) => [n, String(v)])),
						body: Buffer.concat(chunks)
					});
				});
			})
			.on('error', reject);
	});
}

/** The size of an answer on the wire, headers included, in KB. */
export function wireKB(answer: Answer): string {
	const head = Object.entries(answer.headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
	return `${((head + answer.body.byteLength) / 1024).toFixed(1)} KB`;
}
