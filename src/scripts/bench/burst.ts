/** The burst the server must survive: 200 new cards (or results pages) at once, while GET / keeps being timed. */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { loadSite, makeRecord, makeToken } from '../../../tests/e2e/tokens';
import { encodeResult } from '../../lib/quiz/token';
import type { Running } from './processes';
import type { BenchLine } from './server';

export const BURST = 200;

let lowered = false;
function lowerOwnPriority(): void {
	if (lowered) return;
	lowered = true;
	try {
		setPriority(Math.min(19, getPriority() + 5));
	} catch {
		// Not allowed here: the bench keeps its priority.
	}
}
/** Seconds the bench waits after the last burst before reading the memory that stays. */
const SETTLE_SECONDS = 5;
/** GET / is timed by autocannon for this long, with the burst fired half a second in. */
const TIMED_SECONDS = 6;

/** Resident memory of a process in MB (Linux /proc; worker threads included), or NaN elsewhere. */
export function residentMB(pid: number): number {
	try {
		const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kb ? Number(kb) / 1024 : NaN;
	} catch {
		return NaN;
	}
}

/**
 * CPU time a process has used so far, all its threads, in ms (Linux /proc; NaN elsewhere). Unlike
 * wall time it does not grow when other work on the machine keeps the process waiting for a core.
 */
export function cpuMs(pid: number): number {
	try {
		// Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th.
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
	} catch {
		return NaN;
	}
}

export interface BurstFigures {
	homeP99: number;
	homeRequests: number;
	statuses: Record<number, number>;
	idleMB: number;
	peakMB: number;
}

/**
 * Times GET / with one autocannon connection while `fire` sends its burst; samples memory throughout.
 * autocannon runs in a worker thread of its own: the burst's answers, read on this thread, must not
 * delay the timing of GET /.
 */
async function timeHomeDuring(
	server: Running,
	fire: () => Promise<number[]>
): Promise<BurstFigures> {
	const idleMB = residentMB(server.pid);
	let peakMB = idleMB;
	const sampler = setInterval(() => (peakMB = Math.max(peakMB, residentMB(server.pid))), 50);
	const timing = autocannon({
		url: server.url,
		connections: 1,
		duration: TIMED_SECONDS,
		workers: 1
	});
	await new Promise((resolve) => setTimeout(resolve, 500));
	// The bench fires and reads the burst on this thread; on a machine with two cores it would take
	// the server's CPU, which clients elsewhere would not. Its own priority goes down once (the timing
	// thread, already started, keeps its own).
	lowerOwnPriority();
	const statuses: Record<number, number> = {};
	for (const status of await fire()) statuses[status] = (statuses[status] ?? 0) + 1;
	const result = await timing;
	clearInterval(sampler);
	return {
		homeP99: result.latency.p99,
		homeRequests: result.requests.total,
		statuses,
		idleMB,
		peakMB
	};
}

/** The status, or 0 when no answer came. A socket the server closed while idle is retried once, as browsers do. */
async function statusOf(url: string, retry = true): Promise<number> {
	try {
		const response = await fetch(url);
		await response.arrayBuffer();
		return response.status;
	} catch (error) {
		const code = (error as { cause?: { code?: string } }).cause?.code;
		if (retry && code === 'UND_ERR_SOCKET') return statusOf(url, false);
		return 0;
	}
}

const getAll = (urls: string[]) => Promise.all(urls.map((url) => statusOf(url)));

/** 200 distinct, never-seen cards at once, then 200 distinct results pages, then 200 over-full tokens. */
export async function burstFigures(server: Running, round: number) {
	const base = server.url.replace(/\/$/, '');
	const site = await loadSite(base);
	const slugs = site.modules.map((m) => m.slug);
	const token = (i: number, seed: number) =>
		makeToken(site, slugs[i % slugs.length]!, seed, (j) => (i + j) % 3 > 0, `Burst ${round}-${i}`);
	// Every link is made before the timing starts: making them is the bench's work, not the server's.
	const cardUrls = Array.from(
		{ length: BURST },
		(_, i) => `${base}/results/${token(i, 1)}/card.png`
	);
	const pageUrls = Array.from({ length: BURST }, (_, i) => `${base}/results/${token(i, 2)}`);
	// The forged links: 186 answers, far more than any round asks.
	const overFull = Array.from({ length: BURST }, (_, i) => {
		const record = makeRecord(site, slugs[0]!, 3 + i, () => true);
		const answers = Array.from({ length: 186 }, (_, j) => ({
			...record.answers[j % record.answers.length]!,
			question: `q-${j.toString(16).padStart(8, '0')}.who-said`
		}));
		return `${base}/results/${encodeResult({ ...record, answers })}/card.png`;
	});
	// A server that has answered a few pages: its connections to the app thread are open and its code
	// compiled, as on any server that has been up for a minute.
	await getAll(Array.from({ length: 24 }, () => `${base}/results/${token(0, 3)}`));
	const cards = await timeHomeDuring(server, () => getAll(cardUrls));
	const pages = await timeHomeDuring(server, () => getAll(pageUrls));
	const forged = await timeHomeDuring(server, () => getAll(overFull));
	return { cards, pages, forged };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${n.toFixed(0)} MB`;
const counts = (statuses: Record<number, number>) =>
	Object.entries(statuses)
		.map(([status, n]) => `${n}× ${status === '0' ? 'no answer' : status}`)
		.join(', ');

/** Lines for `npm run bench`: the burst on the app (rate limit off: many clients) next to bare Node. */
export async function benchBurst(
	start: (env: Record<string, string>) => Promise<Running>,
	startBareNode: () => Promise<Running>
): Promise<BenchLine[]> {
	const bare = await startBareNode();
	let bareFigures: BurstFigures;
	try {
		bareFigures = await timeHomeDuring(bare, async () => []);
	} finally {
		await bare.stop();
	}
	const app = await start({ RESULTS_BURST: '1000000000' });
	try {
		const { cards, pages, forged } = await burstFigures(app, Date.now() % 1000);
		// Memory that stays: a few seconds after the last burst, next to the idle figure before the first.
		await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
		const settledMB = residentMB(app.pid);
		const peakMB = Math.max(cards.peakMB, pages.peakMB, forged.peakMB);
		const line = (label: string, f: BurstFigures, target = true): BenchLine[] => [
			{
				label: `GET / p99 during ${label}`,
				value: `${ms(f.homeP99)} (${f.homeRequests} timed)`,
				...(target ? { target: '< 50 ms', ok: f.homeP99 < 50 } : {})
			},
			{ label: '  answers to the burst', value: counts(f.statuses) },
			{
				label: '  server memory, idle → peak',
				value: `${mb(f.idleMB)} → ${mb(f.peakMB)} (+${mb(f.peakMB - f.idleMB)})`,
				target: '+ ≤ 150 MB',
				ok: f.peakMB - f.idleMB <= 150
			}
		];
		return [
			{
				label: 'bare Node: GET / p99, memory',
				value: `${ms(bareFigures.homeP99)}, ${mb(bareFigures.peakMB)}`
			},
			...line(`${BURST} new cards at once`, cards),
			...line(`${BURST} new results pages at once`, pages),
			...line(`${BURST} forged 186-answer card links`, forged),
			{
				label: 'server memory across the three bursts: idle → peak',
				value: `${mb(cards.idleMB)} → ${mb(peakMB)} (+${mb(peakMB - cards.idleMB)})`,
				target: '+ ≤ 150 MB',
				ok: peakMB - cards.idleMB <= 150
			},
			{
				label: `  ${SETTLE_SECONDS} s after the last burst`,
				value: `${mb(settledMB)} (+${mb(settledMB - cards.idleMB)})`
			}
		];
	} finally {
		await app.stop();
	}
}
