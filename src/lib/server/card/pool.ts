/** Cards drawn off the request thread: a few worker threads and a bounded queue; beyond it, callers are told to come back. */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import workerSource from './render-worker.cjs?raw';
import assetsSource from './assets.cjs?raw';
import { cardFonts, fallbackTable } from './fonts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardData } from './render';

/** Thrown when the queue is full: the route answers 503 with Retry-After. */
export class CardQueueFull extends Error {
	constructor() {
		super('Too many new cards are being drawn right now.');
	}
}

function setting(name: string, fallback: number): number {
	const value = Number(process.env[name]);
	return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** One worker per spare core, at most two: each holds satori and resvg (about 40 MB). */
export const CARD_WORKERS = setting(
	'CARD_WORKERS',
	Math.max(1, Math.min(2, availableParallelism() - 1))
);
/** Cards waiting for a worker; a card takes 50–150 ms, so a full queue is a second or two of work. */
export const CARD_QUEUE = setting('CARD_QUEUE', 16);

interface Job {
	id: number;
	tree: unknown;
	resolve: (png: Uint8Array) => void;
	reject: (error: Error) => void;
}

interface Slot {
	worker: Worker;
	job: Job | null;
}

const queue: Job[] = [];
const slots: Slot[] = [];
let nextId = 0;

function workerData() {
	// Resolved from this file, so the built server finds them in the node_modules it is installed with.
	const require = createRequire(import.meta.url);
	return {
		satori: require.resolve('satori'),
		resvg: require.resolve('@resvg/resvg-js'),
		fonts: cardFonts,
		// Fonts and emoji for names in other scripts, read by the worker when a name needs them.
		assets: { source: assetsSource, table: fallbackTable() }
	};
}

function startWorker(): Slot {
	const worker = new Worker(workerSource, {
		eval: true,
		workerData: workerData(),
		// A small young generation: satori and resvg make much short-lived garbage, and resvg's native
		// images are only freed when their JavaScript handles are collected. With V8's default (16 MB
		// semi-spaces) a burst of cards grew the worker by about 70 MB more (`npm run bench -- --burst`).
		resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 2 }
	});
	const slot: Slot = { worker, job: null };
	worker.unref();
	worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
		const job = slot.job;
		if (!job || job.id !== message.id) return;
		slot.job = null;
		if (message.png) job.resolve(message.png);
		else job.reject(new Error(`The card could not be drawn: ${message.error}`));
		next(slot);
	});
	// A worker that dies fails its one card and is replaced; the queue carries on.
	worker.on('error', (error) => slot.job?.reject(error));
	worker.on('exit', () => {
		slot.job?.reject(new Error('The card renderer stopped.'));
		slot.job = null;
		const index = slots.indexOf(slot);
		// Not when the pool was stopped on purpose (the slot is no longer listed).
		if (index < 0) return;
		slots[index] = startWorker();
		next(slots[index]);
	});
	return slot;
}

function next(slot: Slot): void {
	if (slot.job) return;
	const job = queue.shift();
	if (!job) return;
	slot.job = job;
	slot.worker.postMessage({ id: job.id, tree: job.tree, width: CARD_WIDTH, height: CARD_HEIGHT });
}

/** Starts the workers (also on first use). */
export function startCardPool(): void {
	while (slots.length < CARD_WORKERS) slots.push(startWorker());
}

/** Draws a card in a worker; rejects with CardQueueFull at once when too many are waiting. */
export function drawCard(data: CardData): Promise<Uint8Array> {
	startCardPool();
	if (queue.length >= CARD_QUEUE) return Promise.reject(new CardQueueFull());
	return new Promise((resolve, reject) => {
		queue.push({ id: nextId++, tree: cardTree(data), resolve, reject });
		const idle = slots.find((slot) => !slot.job);
		if (idle) next(idle);
	});
}

/** Stops the workers, e.g. at shutdown. */
export async function stopCardPool(): Promise<void> {
	const stopping = slots.splice(0).map((slot) => slot.worker.terminate());
	await Promise.all(stopping);
}
