// 10,000 random and mutated tokens against the built server: every answer is 200 or 400, and it keeps answering.
import { expect, test } from './fixtures';
import { loadSite, makeRecord, makeToken } from './tokens';

const TOTAL = 10_000;
const CARD_SHARE = 0.2;
const CONCURRENCY = 8;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** mulberry32: a seeded generator, so a failure can be replayed exactly. */
function seeded(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
	return { next, int, pick };
}

/** The token format's checksum, written out again here so sealed payloads reach the decoder's inner checks. */
function checksum(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0');
}

function seal(json: string): string {
	const payload = Buffer.from(json, 'utf8').toString('base64url');
	return `${payload}.${checksum(payload)}`;
}

test('random and mutated tokens never get anything but 200 or 400', async ({ request }) => {
	test.setTimeout(420_000);
	const base = String(test.info().project.use.baseURL);
	const site = await loadSite(base);
	const r = seeded(20260522);
	const slugs = site.modules.map((m) => m.slug);
	const valid = Array.from({ length: 40 }, (_, i) =>
		makeToken(
			site,
			slugs[i % slugs.length]!,
			i,
			(j) => (i + j) % 3 > 0,
			i % 4 ? `Name ${i}` : undefined
		)
	);
	const records = Array.from({ length: 20 }, (_, i) =>
		makeRecord(site, slugs[i % slugs.length]!, 100 + i, () => true)
	);
	const oddValues: unknown[] = [
		null,
		true,
		-1,
		1e308,
		2 ** 53,
		0.5,
		'x',
		'',
		[],
		{},
		[[]],
		'<b>',
		'NaN',
		'\u202e',
		'💥'.repeat(50)
	];

	const strategies: (() => string)[] = [
		// Random characters of the token alphabet, with and without a dot.
		() => Array.from({ length: r.int(300) }, () => r.pick([...B64, '.'])).join(''),
		// Random Unicode and reserved characters.
		() =>
			Array.from({ length: 1 + r.int(40) }, () => {
				const code = r.int(0x2ffff);
				// Lone surrogates cannot be put in a URL at all; the replacement character stands in.
				return String.fromCodePoint(code >= 0xd800 && code <= 0xdfff ? 0xfffd : code);
			}).join(''),
		// One character changed, removed or added in a real token.
		() => {
			const t = r.pick(valid).split('');
			const at = r.int(t.length);
			const op = r.int(3);
			if (op === 0) t[at] = r.pick([...B64]);
			else if (op === 1) t.splice(at, 1);
			else t.splice(at, 0, r.pick([...B64, '.', '~', '%25']));
			return t.join('');
		},
		// Cut off, as a chat app or a copy may do.
		() => {
			const t = r.pick(valid);
			return t.slice(0, r.int(t.length));
		},
		// A real payload, re-sealed after a change inside, so the checksum passes and the parser is tested.
		() => {
			const record = r.pick(records);
			const compact: unknown[] = [
				1,
				record.module,
				record.seed,
				record.answers.map((a) => [a.question, a.answer, 1])
			];
			const at = r.int(6);
			if (at < 5) compact[at] = r.pick(oddValues);
			else (compact[3] as unknown[][])[r.int(record.answers.length)]![r.int(3)] = r.pick(oddValues);
			return seal(JSON.stringify(compact));
		},
		// Real question ids with odd answers: the scorer's own inputs.
		() => {
			const record = r.pick(records);
			const answers = record.answers.map((a) => [a.question, String(r.pick(oddValues)), r.int(3)]);
			return seal(
				JSON.stringify([1, record.module, r.int(2 ** 32), answers, r.pick(['', 'Ann', '<i>x</i>'])])
			);
		},
		// Sealed garbage that is not JSON, or JSON that is not a result.
		() =>
			seal(
				r.pick(['', '[', 'null', '{"a":1}', '[1]', '[2,"a",1,[]]', '"x"', '1e999', '[1,"a",1,{}]'])
			),
		// Far too long.
		() => r.pick(valid) + 'A'.repeat(6000 + r.int(2000)),
		// Over-long: past the token limit (8,000) but short enough for Node to read the request line.
		() => r.pick(valid) + 'A'.repeat(8001 + r.int(6000)),
		// Over-full: a real round's answers repeated with other rounds' until there are up to 200,
		// sealed so the checksum passes; no module asks more than 12 questions.
		() => {
			const answers: unknown[][] = [];
			const extra = 1 + r.int(200);
			while (answers.length < extra) {
				for (const a of r.pick(records).answers) answers.push([a.question, a.answer, 1]);
			}
			const record = r.pick(records);
			const own = record.answers.map((a) => [a.question, a.answer, 1]);
			const seen = new Set<unknown>(own.map((a) => a[0]));
			const more = answers.filter((a) => !seen.has(a[0]) && seen.add(a[0]));
			return seal(
				JSON.stringify([1, record.module, record.seed, [...own, ...more.slice(0, extra)]])
			);
		}
	];

	const statuses = new Map<number, number>();
	const unexpected: string[] = [];
	let next = 0;
	async function worker() {
		while (next < TOTAL) {
			const i = next++;
			const token = r.pick(strategies)();
			const encoded = encodeURIComponent(token);
			if (encoded === '' || encoded === '.' || encoded === '..') continue;
			const path = `/results/${encoded}${i < TOTAL * CARD_SHARE ? '/card.png' : ''}`;
			const response = await fetch(new URL(path, base), { redirect: 'manual' });
			await response.arrayBuffer();
			statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
			if (response.status !== 200 && response.status !== 400 && unexpected.length < 10) {
				unexpected.push(`${response.status} ${path.slice(0, 200)}`);
			}
		}
	}
	await Promise.all(Array.from({ length: CONCURRENCY }, worker));

	console.log('fuzz statuses', Object.fromEntries(statuses));
	expect(unexpected).toEqual([]);
	expect([...statuses.keys()].sort()).toEqual([200, 400]);
	expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(TOTAL * 0.99);

	// A URL far past Node's header limit is refused by Node itself: a 431, or the connection closed
	// while the client is still sending it; never a 5xx, and the server keeps answering (below).
	const huge = await fetch(new URL(`/results/${'A'.repeat(100_000)}`, base)).then(
		(response) => response.status,
		() => 'closed'
	);
	expect([431, 'closed']).toContain(huge);

	// Still answering, and still right.
	expect((await request.get('/')).status()).toBe(200);
	const page = await request.get(`/results/${valid[0]}`);
	expect(page.status()).toBe(200);
});
