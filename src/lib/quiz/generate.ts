/** Builds a quiz as a pure function of (bank, module, seed): same inputs, same questions, order and choices. */
import type { Bank } from '$lib/extract/types';
import { itemKey, type Generator } from './kinds/common';
import { estimate, whichNumber, whoseNumber } from './kinds/figures';
import { saidOrNot, whichSide, whoSaid } from './kinds/quotes';
import { whichOutlet, whoRelayed } from './kinds/relay';
import { actorsOf } from './actors';
import { rng } from './random';
import { Round } from './round';
import {
	parseQuestionId,
	type Question,
	type QuestionKind,
	type Quiz,
	type QuizModule
} from './types';

const GENERATORS: Record<QuestionKind, Generator> = {
	'who-said': whoSaid,
	'which-side': whichSide,
	'said-or-not': saidOrNot,
	figure: whichNumber,
	estimate,
	'whose-number': whoseNumber,
	'who-relayed': whoRelayed,
	'which-outlet': whichOutlet
};

const FIGURE_KINDS = new Set<QuestionKind>(['figure', 'estimate', 'whose-number']);

export interface Options {
	/** Seed texts by seed file name: lets figure questions show their sentence. */
	texts?: Record<string, string>;
}

/**
 * One question, from its id and the quiz seed alone: its randomness is seeded by both, so a question
 * is the same whichever quiz it sits in. Null when the bank no longer has the item or it no longer fits.
 */
export function buildQuestion(
	bank: Bank,
	id: string,
	seed: number,
	options: Options = {}
): Question | null {
	const parsed = parseQuestionId(id);
	if (!parsed) return null;
	const question = GENERATORS[parsed.kind](
		{ bank, texts: options.texts, rng: rng(seed, id) },
		parsed.item
	);
	// A number is never bare in the feedback: it says what it counts.
	const counts = bank.figures[parsed.item]?.counts;
	if (question && counts) question.counts = counts;
	return question;
}

function inModule(module: QuizModule, seedFile: string): boolean {
	return module.seeds.includes(seedFile.replace(/\.txt$/, ''));
}

const candidateCache = new WeakMap<Bank, Map<string, Map<QuestionKind, string[]>>>();

/** Every question id the module could ask, by kind, in a stable order (cached per bank, module and texts). */
export function candidates(
	bank: Bank,
	module: QuizModule,
	options: Options = {}
): Map<QuestionKind, string[]> {
	let perBank = candidateCache.get(bank);
	if (!perBank) candidateCache.set(bank, (perBank = new Map()));
	const key = JSON.stringify([module.seeds, module.kinds, textsKey(options.texts)]);
	let hit = perBank.get(key);
	if (!hit) perBank.set(key, (hit = findCandidates(bank, module, options)));
	return new Map([...hit].map(([kind, ids]) => [kind, [...ids]]));
}

const textIds = new WeakMap<object, number>();
let nextTextId = 1;
/** Texts compare by identity: a test that passes other texts gets its own candidates. */
function textsKey(texts: Record<string, string> | undefined): number {
	if (!texts) return 0;
	if (!textIds.has(texts)) textIds.set(texts, nextTextId++);
	return textIds.get(texts)!;
}

function findCandidates(bank: Bank, module: QuizModule, options: Options) {
	const byKind = new Map<QuestionKind, string[]>();
	for (const kind of module.kinds) {
		const items = FIGURE_KINDS.has(kind) ? bank.figures : bank.quotes;
		const ids = Object.values(items)
			.filter((item) => inModule(module, item.seed))
			.map((item) => `${item.id}.${kind}`)
			.sort()
			// Success never depends on the seed, so seed 0 tells us whether an item fits a kind.
			.filter((id) => buildQuestion(bank, id, 0, options) !== null);
		byKind.set(kind, ids);
	}
	return byKind;
}

/** How many distinct items the module can ask about (each item is asked at most once per quiz). */
export function capacity(bank: Bank, module: QuizModule, options: Options = {}): number {
	const items = new Set<string>();
	for (const ids of candidates(bank, module, options).values()) {
		for (const id of ids) items.add(itemKey(bank, parseQuestionId(id)!.item));
	}
	return items.size;
}

export class QuizError extends Error {}

/**
 * The first id with the lowest count, scanning in the queue's (seeded) order and stopping at a zero;
 * `count` returns null for an id that can no longer be asked, which leaves the queue for good.
 */
function nextFrom(
	queue: { ids: string[] },
	count: (id: string) => number | null
): string | undefined {
	let best: string | undefined;
	let bestCount = Infinity;
	const dead = new Set<string>();
	for (const id of queue.ids) {
		const n = count(id);
		if (n === null) dead.add(id);
		else if (n < bestCount) [best, bestCount] = [id, n];
		if (bestCount === 0) break;
	}
	if (dead.size) queue.ids = queue.ids.filter((x) => !dead.has(x));
	return best;
}

/** What balances a kind's answers: the actor answering, or how many outlets tick. */
function balanceKey(bank: Bank, q: Question): string {
	const actors = actorsOf(bank);
	if (q.kind === 'which-outlet') return `outlets:${q.answer.split(',').length}`;
	if (q.kind === 'which-side') return q.answer;
	if (q.kind === 'said-or-not') return actors.actor(q.speakerId ?? '');
	if (q.kind === 'figure' || q.kind === 'estimate') {
		return actors.actor(bank.figures[q.source.item]?.claimantId ?? '@outlet');
	}
	return actors.actor(q.answer);
}

/**
 * Draws the module's questions: kinds take turns (in a seeded order) so a quiz mixes them; no item
 * appears twice, since a second question on the same quote would answer the first; no question shows
 * what another asks (the round comes out shorter instead); and within a kind the answer least used so
 * far comes first, so no one actor answers most questions.
 * `only` restricts the round to those question ids (practising the ones missed).
 */
export function generateQuiz(
	bank: Bank,
	module: QuizModule,
	seed: number,
	options: Options & { only?: string[] } = {}
): Quiz {
	if (options.only) {
		const questions = options.only
			.map((id) => buildQuestion(bank, id, seed, options))
			.filter((q): q is Question => q !== null);
		return { module: module.slug, seed, questions };
	}
	const random = rng(module.slug, seed);
	const all = candidates(bank, module, options);
	const queues = [...all].map(([kind, ids]) => ({ kind, ids: random.shuffle(ids) }));
	const order = random.shuffle(queues);
	const built = new Map<string, Question>();
	const build = (id: string) => {
		if (!built.has(id)) built.set(id, buildQuestion(bank, id, seed, options)!);
		return built.get(id)!;
	};
	const round = new Round(bank, options.texts);
	const used = new Set<string>();
	const balance = new Map<string, number>();
	const picked: Question[] = [];
	while (picked.length < module.count && order.some((q) => q.ids.length > 0)) {
		for (const queue of order) {
			if (picked.length === module.count) break;
			const id = nextFrom(queue, (x) => {
				if (used.has(itemKey(bank, parseQuestionId(x)!.item)) || !round.fits(build(x))) return null;
				return balance.get(`${queue.kind}:${balanceKey(bank, build(x))}`) ?? 0;
			});
			if (id === undefined) continue;
			queue.ids = queue.ids.filter((x) => x !== id);
			const question = build(id);
			const key = `${queue.kind}:${balanceKey(bank, question)}`;
			balance.set(key, (balance.get(key) ?? 0) + 1);
			used.add(itemKey(bank, parseQuestionId(id)!.item));
			round.add(question);
			picked.push(question);
		}
	}
	if (picked.length < module.count) {
		const available = new Set(
			[...all.values()].flat().map((id) => itemKey(bank, parseQuestionId(id)!.item))
		).size;
		// Too few items is a content error; too few that do not give each other away is a shorter round.
		if (available < module.count) {
			throw new QuizError(
				`asks for ${module.count} questions but its seeds and kinds give only ${available}`
			);
		}
	}
	return { module: module.slug, seed, questions: random.shuffle(picked) };
}
