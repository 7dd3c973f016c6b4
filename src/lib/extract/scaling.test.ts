/**
 * Linear work on the inputs that were once quadratic, counted in operations rather than time (a
 * busy machine changes times, not counts): every regular-expression run, every character a string
 * method copies or walks and every element an array method visits is counted while the extractor
 * runs, and doubling an input may at most double the count (2.2× allows for fixed costs).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { buildBank } from './bank';

type Method = (this: unknown, ...args: unknown[]) => unknown;
type Cost = (self: unknown, out: unknown, args: unknown[]) => number;

const length = (x: unknown): number => (x as { length: number }).length;
const arrayIndexOf = Array.prototype.indexOf;

/** What each counted built-in costs: 16 characters of a string, or one array element, make one operation. */
const COSTS: [object, string | symbol, Cost][] = [
	[RegExp.prototype, 'exec', () => 1],
	[String.prototype, 'slice', (_, out) => 1 + length(out) / 16],
	[String.prototype, 'substring', (_, out) => 1 + length(out) / 16],
	[String.prototype, 'toLowerCase', (self) => 1 + length(self) / 16],
	[String.prototype, 'trim', (self) => 1 + length(self) / 16],
	[String.prototype, 'split', (self) => 1 + length(self) / 16],
	[Array.prototype, 'slice', (_, out) => 1 + length(out)],
	[Array.prototype, 'filter', (self) => 1 + length(self)],
	[Array.prototype, 'map', (self) => 1 + length(self)],
	[Array.prototype, 'join', (self) => 1 + length(self)],
	[Array.prototype, 'some', (self) => 1 + length(self)],
	...(['indexOf', 'includes'] as const).map((name): [object, string | symbol, Cost] => [
		Array.prototype,
		name,
		(self, _, args) => {
			const at = arrayIndexOf.call(self, args[0]) as number;
			return 1 + (at < 0 ? length(self) : at);
		}
	])
];

/**
 * Iterators whose every step counts: looping over or spreading an array, a map or a set ("[...list,
 * item]" copies the whole list; a loop that breaks early costs only the steps it took).
 */
const ITERATORS: [object, string | symbol][] = [
	Array.prototype,
	Map.prototype,
	Set.prototype
].flatMap((proto): [object, string | symbol][] =>
	[Symbol.iterator, 'entries', 'values', 'keys'].map((name) => [proto, name])
);

/** Runs fn with counting wrappers around the built-ins the extractor loops through; the count. */
function countWork(fn: () => void): number {
	let work = 0;
	const wrapped: [object, string | symbol, (original: Method) => Method][] = [
		...COSTS.map(([proto, name, cost]): [object, string | symbol, (original: Method) => Method] => [
			proto,
			name,
			(original) =>
				function (this: unknown, ...args: unknown[]) {
					const out = original.apply(this, args);
					work += cost(this, out, args);
					return out;
				}
		]),
		...ITERATORS.map(([proto, name]): [object, string | symbol, (original: Method) => Method] => [
			proto,
			name,
			(original) =>
				function (this: unknown, ...args: unknown[]) {
					const it = original.apply(this, args) as Iterator<unknown>;
					const next = it.next.bind(it);
					it.next = () => {
						work++;
						return next();
					};
					return it;
				}
		])
	];
	const originals = wrapped.map(
		([proto, name]) => (proto as Record<string | symbol, Method>)[name]!
	);
	wrapped.forEach(([proto, name, wrap], k) => {
		(proto as Record<string | symbol, Method>)[name] = wrap(originals[k]!);
	});
	try {
		fn();
	} finally {
		wrapped.forEach(
			([proto, name], k) => ((proto as Record<string | symbol, Method>)[name] = originals[k]!)
		);
	}
	return work;
}

const strayMarks = (n: number): string =>
	Array.from(
		{ length: n / 2 },
		(_, i) => (i % 7 === 0 ? ' w' : '') + '"\'“”‘’«»'[(i * 31) % 8]
	).join('');

/** Inputs of about n characters that were once superlinear (issue 10; `npm run bench` times them). */
const families: [string, (n: number) => string][] = [
	[
		'one sentence of figures',
		(n) =>
			'The agency said ' +
			Array.from({ length: n / 12 }, (_, i) => `${i + 1} people`).join(', ') +
			'.'
	],
	['digits', (n) => '7'.repeat(n)],
	['spaced numbers', (n) => '1234567 '.repeat(n / 8)],
	['"1, 1, 1"', (n) => '1, '.repeat(n / 3)],
	['"$1 "', (n) => '$1 '.repeat(n / 3)],
	['"1 1 1"', (n) => '1 '.repeat(n / 2)],
	['"A 1. A 1."', (n) => 'A 1. '.repeat(n / 5)],
	['short quoted sentences in one paragraph', (n) => '"Yes," said Ann Lee. '.repeat(n / 21)],
	['one-line paragraphs', (n) => 'A b.\n'.repeat(n / 5)],
	['stray quote marks', strayMarks],
	[
		'quotes with speakers across paragraphs',
		(n) =>
			'Dana Holt, the mayor, spoke. “We will build 40 homes,” she said. “It is over.”\n'.repeat(
				n / 80
			)
	]
];

describe('work grows linearly with the input', () => {
	for (const [label, make] of families)
		it(label, { timeout: 120_000 }, () => {
			const w1 = countWork(() => extractArticle(make(20_000), 'small.txt'));
			const w2 = countWork(() => extractArticle(make(40_000), 'large.txt'));
			expect(w2 / w1, `${label}: ${w1} → ${w2} operations`).toBeLessThanOrEqual(2.2);
		});
});

/** Inputs whose bank was once quadratic to assemble: every item tested against every other for a
 *  cross-article link, and each item's whole paragraph read again for furniture (a 1 MB paste of
 *  '“1”' paragraphs took nine minutes in the lab). */
/** A surname made of syllables, one per base-16 digit of k: every k its own name. */
const surname = (k: number): string => {
	let s = '';
	do
		s += [
			'ba',
			'co',
			'di',
			'fu',
			'ga',
			'he',
			'ki',
			'lo',
			'mu',
			'ne',
			'po',
			'ri',
			'sa',
			'tu',
			've',
			'zo'
		][k % 16];
	while ((k = Math.floor(k / 16)) > 0);
	return s[0]!.toUpperCase() + s.slice(1);
};

const bankFamilies: [string, (n: number) => string][] = [
	['one-quoted-number paragraphs', (n) => '“1”\n'.repeat(n / 4)],
	// Every speaker a name of the bank's, every figure unclaimed: each figure's sentence was once
	// searched for every name (80 KB took 4.5 s).
	[
		'a new speaker and a figure in every paragraph',
		(n) =>
			Array.from(
				{ length: n / 50 },
				(_, k) => `“Yes,” said Ann ${surname(k)}. The town has ${k + 2} rooms.\n`
			).join('')
	],
	// Every speaker speaks for one organisation: its members were once copied one more at a time.
	[
		'a new speaker for one organisation in every paragraph',
		(n) =>
			Array.from(
				{ length: n / 70 },
				(_, k) => `“Yes,” said Ann ${surname(k)}, a spokesman for the Harbor Board.\n`
			).join('')
	],
	// Every speaker's role names an organisation of its own: each was once looked for in every entity.
	[
		'a new speaker for a new organisation in every paragraph',
		(n) =>
			Array.from(
				{ length: n / 70 },
				(_, k) => `“Yes,” said Ann ${surname(k)}, a spokesman for the ${surname(k)} Board.\n`
			).join('')
	],
	['one sentence of figures', families[0]![1]],
	['"1, 1, 1"', (n) => '1, '.repeat(n / 3)]
];

describe("assembling one article's bank grows linearly with it", () => {
	for (const [label, make] of bankFamilies)
		it(label, { timeout: 120_000 }, () => {
			const bank = (n: number) => () => buildBank([{ seed: 'a.txt', text: make(n) }]);
			const w1 = countWork(bank(40_000));
			const w2 = countWork(bank(80_000));
			expect(w2 / w1, `${label}: ${w1} → ${w2} operations`).toBeLessThanOrEqual(2.2);
		});
});

/** Lines made by `line(k)` for k = 0, 1, … up to about n characters. */
const lines = (n: number, line: (k: number) => string): string => {
	let s = '';
	for (let k = 0; s.length < n; k++) s += line(k);
	return s;
};

/** Two articles of about n/2 characters each whose links were once found by testing every pair
 *  of items across them: two pastes of thousands of quotes or figures each took minutes. */
const linkFamilies: [string, (n: number) => [string, string]][] = [
	...(
		[
			['the same quote', () => '“We will not back down now,” she said.\n'],
			['similar quotes', (k: number) => `“We will not back down on ${surname(k)},” she said.\n`],
			['the same counted figure', () => '1 worker\n'],
			['near figures', (k: number) => `It cost ${100_000 + k} workers.\n`]
		] as const
	).flatMap(([what, line]): [string, (n: number) => [string, string]][] => [
		[`${what} in both`, (n) => [lines(n / 2, line), lines(n / 2, (k) => line(k + 7))]],
		[`${what} in one, one line in the other`, (n) => [lines(n, line), line(3)]]
	])
];

describe("linking two articles' items grows linearly with them", () => {
	for (const [label, make] of linkFamilies)
		it(label, { timeout: 120_000 }, () => {
			const bank = (n: number) => () => {
				const [a, b] = make(n);
				buildBank([
					{ seed: 'a.txt', text: a },
					{ seed: 'b.txt', text: b }
				]);
			};
			const w1 = countWork(bank(40_000));
			const w2 = countWork(bank(80_000));
			expect(w2 / w1, `${label}: ${w1} → ${w2} operations`).toBeLessThanOrEqual(2.2);
		});
});

describe('large adversarial inputs give their whole, exact output', () => {
	it(
		'"1, 1, 1", "$1 " and "1 1 1" at 200-300 KB: one figure per number, each with its own id',
		{ timeout: 120_000 },
		() => {
			for (const [piece, unit, kind] of [
				['1, ', 'items', 'count'],
				['$1 ', 'USD', 'money'],
				['1 ', 'items', 'count']
			] as const) {
				const x = extractArticle(piece.repeat(100_000), 'dense.txt');
				expect(x.figures).toHaveLength(100_000);
				expect(new Set(x.figures.map((f) => f.id)).size).toBe(100_000);
				const wrong = x.figures.filter(
					(f, k) =>
						f.start !== k * piece.length || f.value !== 1 || f.unit !== unit || f.kind !== kind
				);
				expect(wrong).toEqual([]);
			}
		}
	);
	it(
		'"A 1. A 1." at 100 KB: one figure per sentence, each with that sentence as its span',
		{ timeout: 120_000 },
		() => {
			const x = extractArticle('A 1. '.repeat(20_000), 'dense.txt');
			expect(x.figures).toHaveLength(20_000);
			const wrong = x.figures.filter(
				(f, k) =>
					f.start !== k * 5 + 2 ||
					f.sentence.start !== k * 5 ||
					f.sentence.end !== k * 5 + 4 ||
					f.claimant !== null
			);
			expect(wrong).toEqual([]);
		}
	);
	it(
		'50,000 short quoted sentences in one paragraph: each quote credited to its speaker',
		{ timeout: 120_000 },
		() => {
			const x = extractArticle('"Yes," said Ann Lee. '.repeat(50_000), 'quoted.txt');
			expect(x.quotes).toHaveLength(50_000);
			expect(x.quotes.filter((q) => q.text !== 'Yes,' || q.speaker !== 'Ann Lee')).toEqual([]);
		}
	);
});
