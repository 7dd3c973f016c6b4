import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank, Entity, Figure, Quote, Relation, Side } from '$lib/extract/types';
import { generateQuiz } from './generate';
import { OUTLET_ITSELF } from './kinds/figures';
import { SIDE_OVERLAPS, type SideGroup } from './sides';
import type { Question, QuizModule } from './types';

/** Words that are not substrings of one another, so names never collide by accident. */
const NAMES =
	`Avalon Borealis Cygnus Draco Eridanus Fornax Grus Hydra Indus Lyra Mensa Norma Orion Pavo
Reticulum Sagitta Tucana Vela Volans Lupus`.split(/\s+/);
const SIDES: Side[] = [
	'china-government',
	'us-government',
	'us-company',
	'academic',
	'china-media'
];
const WORDS = 'plans talks networks trade servers rules partners markets claims data'.split(' ');

interface Spec {
	entities: { person: boolean; side: number; same: number | null; speaksFor: number | null }[];
	quotes: { speaker: number; words: number[] }[];
	figures: { claimant: number | null; value: number; mentions: number }[];
}

const spec: fc.Arbitrary<Spec> = fc.integer({ min: 6, max: NAMES.length }).chain((n) =>
	fc.record({
		entities: fc.array(
			fc.record({
				person: fc.boolean(),
				side: fc.nat(SIDES.length - 1),
				same: fc.option(fc.nat(n - 1), { freq: 3 }),
				speaksFor: fc.option(fc.nat(n - 1), { freq: 2 })
			}),
			{ minLength: n, maxLength: n }
		),
		quotes: fc.array(
			fc.record({
				speaker: fc.nat(n - 1),
				words: fc.array(fc.nat(WORDS.length - 1), { minLength: 5, maxLength: 9 })
			}),
			{ minLength: 4, maxLength: 12 }
		),
		figures: fc.uniqueArray(
			fc.record({
				claimant: fc.option(fc.nat(n - 1)),
				value: fc.integer({ min: 13, max: 99999 }),
				// Another figure's value, stated in the same paragraph: what a round must not show twice.
				mentions: fc.nat()
			}),
			{ minLength: 2, maxLength: 8, selector: (f) => f.value }
		)
	})
);

/** Builds a one-article bank whose text holds each quote and figure in its own paragraph. */
function bankOf(s: Spec): { bank: Bank; texts: Record<string, string> } {
	const seed = 'random.txt';
	const entities: Record<string, Entity> = {};
	s.entities.forEach((e, i) => {
		entities[`e${i}`] = {
			id: `e${i}`,
			name: e.person ? `${NAMES[i]} Smith` : `${NAMES[i]} Agency`,
			type: e.person ? 'person' : 'agency',
			role: null,
			side: SIDES[e.side]!,
			aliases: [],
			seeds: [seed]
		};
	});
	// Relations point to lower indexes, so speaks-for alone has no cycles (same-as may still make one).
	const relations: Relation[] = [];
	s.entities.forEach((e, i) => {
		if (e.same !== null && e.same < i)
			relations.push({ type: 'same-as', from: `e${i}`, to: `e${e.same}`, why: 'test' });
		if (e.speaksFor !== null && e.speaksFor < i)
			relations.push({ type: 'speaks-for', from: `e${i}`, to: `e${e.speaksFor}`, why: 'test' });
	});
	let text = '';
	const paragraphs: { start: number; end: number }[] = [];
	const quotes: Record<string, Quote> = {};
	const figures: Record<string, Figure> = {};
	const paragraph = (line: string) => {
		const start = text.length;
		text += line + '\n';
		paragraphs.push({ start, end: start + line.length });
		return { start, n: paragraphs.length, sentence: { start, end: start + line.length } };
	};
	s.quotes.forEach((q, i) => {
		const words = q.words.map((w) => WORDS[w]).join(' ');
		const speaker = entities[`e${q.speaker}`]!;
		const p = paragraph(`"${words}," said ${speaker.name}.`);
		const id = `q-${i}`;
		quotes[id] = {
			id,
			seed,
			text: words,
			start: p.start + 1,
			end: p.start + 1 + words.length,
			kind: 'full',
			paragraph: p.n,
			sentence: p.sentence,
			speakerId: speaker.id,
			speaker: speaker.name,
			cue: 'said',
			via: []
		};
	});
	s.figures.forEach((f, i) => {
		const claimant = f.claimant === null ? null : entities[`e${f.claimant}`]!;
		const words = `${f.value} widgets`;
		const other = s.figures[f.mentions % s.figures.length]!.value;
		const p = paragraph(
			`${claimant ? `${claimant.name} said` : 'Reports show'} ${words} were counted, after ${other} before.`
		);
		const start = text.indexOf(words, p.start);
		const id = `f-${i}`;
		figures[id] = {
			id,
			seed,
			text: words,
			value: f.value,
			unit: 'widgets',
			counts: 'widgets',
			kind: 'count',
			start,
			end: start + words.length,
			paragraph: p.n,
			sentence: p.sentence,
			claimantId: claimant?.id ?? null,
			claimant: claimant?.name ?? null,
			via: []
		};
	});
	const bank: Bank = {
		version: 1,
		articles: [
			{
				seed,
				slug: 'random',
				outlet: 'The Daily Test',
				title: 'A random article',
				published: '2020',
				paragraphs,
				furniture: [],
				quoteIds: Object.keys(quotes),
				figureIds: Object.keys(figures)
			}
		],
		entities,
		quotes,
		figures,
		links: [],
		relations
	};
	return { bank, texts: { [seed]: text } };
}

/** The test's own reading of the relations: groups by same-as, then reachability over speaks-for. */
function relatedBySpec(relations: Relation[]) {
	const group = new Map<string, string>();
	const find = (x: string): string =>
		group.get(x) && group.get(x) !== x ? find(group.get(x)!) : x;
	for (const r of relations) if (r.type === 'same-as') group.set(find(r.from), find(r.to));
	const up = (x: string): Set<string> => {
		const seen = new Set<string>();
		const stack = [find(x)];
		while (stack.length) {
			const at = stack.pop()!;
			for (const r of relations)
				if (r.type === 'speaks-for' && find(r.from) === at && !seen.has(find(r.to))) {
					seen.add(find(r.to));
					stack.push(find(r.to));
				}
		}
		return seen;
	};
	return {
		same: (a: string, b: string) => find(a) === find(b),
		related: (a: string, b: string) =>
			find(a) === find(b) || up(a).has(find(b)) || up(b).has(find(a))
	};
}

const MODULE: QuizModule = {
	slug: 'random',
	file: 'content/quizzes/random.md',
	title: 'Random',
	description: 'Random',
	seeds: ['random'],
	kinds: ['who-said', 'said-or-not', 'which-side', 'whose-number', 'figure', 'estimate'],
	count: 8
};

/** Rounds of every seed that the bank can fill; a too-small bank gives none. */
function rounds(bank: Bank, texts: Record<string, string>, seed: number): Question[] {
	try {
		return generateQuiz(bank, MODULE, seed, { texts }).questions;
	} catch {
		return [];
	}
}

const entityChoices = (q: Question) =>
	q.choices.map((c) => c.value).filter((v) => v !== OUTLET_ITSELF);

describe('question integrity over random banks with random same-as and speaks-for relations', () => {
	it('offers exactly one acceptable answer, and no wrong choice related to it', () => {
		fc.assert(
			fc.property(spec, fc.nat(), (s, seed) => {
				const { bank, texts } = bankOf(s);
				const rel = relatedBySpec(bank.relations!);
				for (const q of rounds(bank, texts, seed)) {
					if (q.kind !== 'who-said' && q.kind !== 'whose-number') continue;
					const accept = q.accept ?? [];
					expect(q.choices.filter((c) => accept.includes(c.value)).map((c) => c.value)).toEqual([
						q.answer
					]);
					for (const id of entityChoices(q)) {
						if (id !== q.answer && q.answer !== OUTLET_ITSELF)
							expect(rel.related(id, q.answer), `${q.id}: ${id} ~ ${q.answer}`).toBe(false);
					}
				}
			}),
			{ numRuns: 60 }
		);
	}, 120_000);

	it('never offers two choices that denote one actor', () => {
		fc.assert(
			fc.property(spec, fc.nat(), (s, seed) => {
				const { bank, texts } = bankOf(s);
				const rel = relatedBySpec(bank.relations!);
				for (const q of rounds(bank, texts, seed)) {
					const ids = entityChoices(q).filter((id) => bank.entities[id]);
					for (const a of ids)
						for (const b of ids)
							if (a !== b) expect(rel.same(a, b), `${q.id}: ${a} = ${b}`).toBe(false);
				}
			}),
			{ numRuns: 60 }
		);
	}, 120_000);

	it('never shows a "did X say this?" impostor who is the speaker or speaks for them', () => {
		fc.assert(
			fc.property(spec, fc.nat(), (s, seed) => {
				const { bank, texts } = bankOf(s);
				const rel = relatedBySpec(bank.relations!);
				for (const q of rounds(bank, texts, seed)) {
					if (q.kind !== 'said-or-not' || !q.answer.endsWith('=no')) continue;
					const shown = q.answer.split('=')[0]!;
					expect(rel.related(shown, q.speakerId!), q.id).toBe(false);
				}
			}),
			{ numRuns: 60 }
		);
	}, 120_000);

	it('never offers a side that overlaps the right one', () => {
		fc.assert(
			fc.property(spec, fc.nat(), (s, seed) => {
				const { bank, texts } = bankOf(s);
				for (const q of rounds(bank, texts, seed)) {
					if (q.kind !== 'which-side') continue;
					const overlaps = SIDE_OVERLAPS[q.answer as SideGroup];
					for (const c of q.choices) expect(overlaps).not.toContain(c.value);
				}
			}),
			{ numRuns: 60 }
		);
	}, 120_000);

	it('never shows one question’s number in another question of the round', () => {
		fc.assert(
			fc.property(spec, fc.nat(), (s, seed) => {
				const { bank, texts } = bankOf(s);
				const text = texts['random.txt']!;
				const round = rounds(bank, texts, seed);
				const lineOf = (q: Question) => {
					const item = bank.quotes[q.source.item] ?? bank.figures[q.source.item]!;
					return text.slice(text.lastIndexOf('\n', item.start) + 1, text.indexOf('\n', item.start));
				};
				for (const q of round) {
					const figure = bank.figures[q.source.item];
					if (!figure) continue;
					const digits = new RegExp(`(?<![\\d,.])${figure.value}(?![\\d,])`);
					for (const other of round) {
						if (other === q) continue;
						const shown = [other.prompt, other.note, other.text, lineOf(other), other.answerLabel]
							.concat(other.choices.map((c) => c.label))
							.join(' | ');
						expect(digits.test(shown), `${q.id} shown by ${other.id}`).toBe(false);
					}
				}
			}),
			{ numRuns: 60 }
		);
	}, 120_000);

	it('asks about each quote or figure at most once per round', () => {
		fc.assert(
			fc.property(spec, fc.nat(), (s, seed) => {
				const { bank, texts } = bankOf(s);
				const items = rounds(bank, texts, seed).map((q) => q.source.item);
				expect(new Set(items).size).toBe(items.length);
			}),
			{ numRuns: 60 }
		);
	}, 120_000);
});
