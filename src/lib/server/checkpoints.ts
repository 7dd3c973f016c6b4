/** Explainer checkpoints: questions from the quiz engine, by question id (`<bank item>.<kind>`). */
import type { Bank } from '$lib/extract/types';
import type { Checkpoint } from '$lib/explainer/evidence';
import { buildQuestion } from '$lib/quiz/generate';
import { KINDS } from '$lib/quiz/types';
import { articles } from './seeds';

/** One fixed quiz seed, so a checkpoint's choices are the same for every reader and every build. */
const CHECKPOINT_SEED = 2014;

const texts = Object.fromEntries(articles.map((a) => [a.seed, a.text]));

/** Kinds a checkpoint can ask: one right choice among buttons (no slider, no several answers). */
const CHECKPOINT_KINDS: readonly string[] = KINDS.filter(
	(k) => k !== 'estimate' && k !== 'which-outlet'
);

/** The question, or null when the bank has no such item or the item does not fit the kind. */
export function checkpointFor(bank: Bank, id: string): Checkpoint | null {
	if (!CHECKPOINT_KINDS.includes(id.slice(id.lastIndexOf('.') + 1))) return null;
	const q = buildQuestion(bank, id, CHECKPOINT_SEED, { texts });
	if (!q) return null;
	const checkpoint: Checkpoint = {
		id: q.id,
		prompt: q.prompt,
		choices: q.choices,
		answer: q.answer,
		answerLabel: q.answerLabel,
		source: {
			slug: q.source.slug,
			outlet: q.source.outlet,
			published: q.source.published,
			paragraph: q.source.paragraph,
			href: q.source.href
		},
		who: q.who && { name: q.who.name, role: q.who.role },
		via: q.via
	};
	if (q.note !== undefined) checkpoint.note = q.note;
	if (q.text !== undefined) checkpoint.text = q.text;
	if (q.textIsQuote !== undefined) checkpoint.textIsQuote = q.textIsQuote;
	return checkpoint;
}

/** Why a checkpoint id cannot be asked, for the build error. */
export function checkpointProblem(bank: Bank, id: string): string {
	const dot = id.lastIndexOf('.');
	const item = id.slice(0, dot);
	const kind = id.slice(dot + 1);
	if (dot < 1 || !(KINDS as readonly string[]).includes(kind)) {
		return `"${id}" is not <item id>.<kind>; kinds are ${KINDS.join(', ')}`;
	}
	if (!CHECKPOINT_KINDS.includes(kind)) {
		return `a checkpoint asks one question with one right choice; use one of ${CHECKPOINT_KINDS.join(', ')} (the full quiz has "${kind}")`;
	}
	if (!bank.quotes[item] && !bank.figures[item]) return `no bank item ${item}`;
	return `the quiz engine cannot ask "${kind}" about ${item} (it masks or skips items that would give the answer away)`;
}
