/** A token bucket per client: each results page or card drawn costs one token; tokens come back at a steady rate. */

export interface RateLimit {
	/** Tokens a client may spend at once (a class opening links together). */
	burst: number;
	/** Tokens returned per second. */
	perSecond: number;
	/** Clients remembered; the least recently seen is forgotten first (about 100 bytes each). */
	maxClients: number;
}

interface Bucket {
	tokens: number;
	at: number;
}

/** Takes one token for `client`; the seconds to wait when there is none, else 0. */
export function createRateLimiter(limit: RateLimit, now: () => number = () => performance.now()) {
	const buckets = new Map<string, Bucket>();
	return function take(client: string): number {
		const time = now();
		const bucket = buckets.get(client) ?? { tokens: limit.burst, at: time };
		buckets.delete(client);
		bucket.tokens = Math.min(
			limit.burst,
			bucket.tokens + ((time - bucket.at) / 1000) * limit.perSecond
		);
		bucket.at = time;
		buckets.set(client, bucket);
		if (buckets.size > limit.maxClients) buckets.delete(buckets.keys().next().value as string);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		return Math.ceil((1 - bucket.tokens) / limit.perSecond);
	};
}

function setting(name: string, fallback: number): number {
	const value = Number(process.env[name]);
	return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** From the environment: RESULTS_BURST (default 60) and RESULTS_PER_SECOND (default 5). */
export function resultsRateFromEnv(): RateLimit {
	return {
		burst: setting('RESULTS_BURST', 60),
		perSecond: setting('RESULTS_PER_SECOND', 5),
		maxClients: 10_000
	};
}
