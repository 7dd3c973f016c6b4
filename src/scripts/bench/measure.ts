/** Load runs with autocannon and one-at-a-time timings, both bounded in time and count. */
import autocannon from 'autocannon';

export interface LoadFigures {
	label: string;
	requestsPerSecond: number;
	p99: number;
	non2xx: number;
	errors: number;
}

export async function load(label: string, url: string, seconds = 5): Promise<LoadFigures> {
	const result = await autocannon({ url, connections: 10, duration: seconds });
	return {
		label,
		requestsPerSecond: result.requests.average,
		p99: result.latency.p99,
		non2xx: result.non2xx,
		errors: result.errors + result.timeouts
	};
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
