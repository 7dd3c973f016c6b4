/** Builds a quiz as a pure function of (bank, module, seed): same inputs, same questions, order and choices. */
import type { Bank } from '$lib/extract/types';
import { itemKey, type Generator } from './kinds/common';
import { estimate, whichNumber, whoseNumber } from './kinds/figures';
import { saidOrNot, whichSide, whoSaid } from './kinds/quotes';
import { whichOutlet, whoRelayed } from './kinds/relay';
import { rng } from './random';
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
	return GENERATORS[parsed.kind]({ bank, texts: options.texts, rng: rng(seed, id) }, parsed.item);
}

function inModule(module: QuizModule, seedFile: string): boolean {
	return module.seeds.includes(seedFile.replace(/\.txt$/, ''));
}

/** Every question id the module could ask, by kind, in a stable order. */
export function candidates(bank: Bank, module: QuizModule, options: Options = {}) {
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
 * Draws the module's questions: kinds take turns (in a seeded order) so a quiz mixes them, and no
 * item appears twice, since a second question on the same quote would answer the first.
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
	const queues = [...candidates(bank, module, options)].map(([kind, ids]) => ({
		kind,
		ids: random.shuffle(ids)
	}));
	const order = random.shuffle(queues);
	const used = new Set<string>();
	const picked: string[] = [];
	while (picked.length < module.count && order.some((q) => q.ids.length > 0)) {
		for (const queue of order) {
			if (picked.length === module.count) break;
			let id: string | undefined;
			while ((id = queue.ids.shift()) !== undefined) {
				const item = itemKey(bank, parseQuestionId(id)!.item);
				if (used.has(item)) continue;
				used.add(item);
				picked.push(id);
				break;
			}
		}
	}
	if (picked.length < module.count) {
		throw new QuizError(
			`asks for ${module.count} questions but its seeds and kinds give only ${picked.length}`
		);
	}
	const questions = random.shuffle(picked).map((id) => buildQuestion(bank, id, seed, options)!);
	return { module: module.slug, seed, questions };
}
