/** Quiz shapes: modules (from content), generated questions, and what a question looks like without its answer. */
import type { Side } from '$lib/extract/types';

export const KINDS = [
	'who-said',
	'which-side',
	'said-or-not',
	'figure',
	'estimate',
	'whose-number',
	'who-relayed',
	'which-outlet'
] as const;

export type QuestionKind = (typeof KINDS)[number];

/** A quiz module as declared in `content/quizzes/<slug>.md`. */
export interface QuizModule {
	slug: string;
	/** Path from the project root, e.g. `content/quizzes/indictment-2014.md`. */
	file: string;
	title: string;
	description: string;
	/** Seed slugs (file names without `.txt`) the module draws on. */
	seeds: string[];
	kinds: QuestionKind[];
	count: number;
	/** Position in quiz lists (lower first); modules without one come last, by title. */
	order?: number;
}

export interface Choice {
	/** What the form submits and the token stores. */
	value: string;
	label: string;
	/** A second line, e.g. a speaker's role. */
	detail?: string;
}

/** Where a question's item lives in its source, for the feedback and the link. */
export interface SourceRef {
	/** The bank item (quote or figure) the question is about. */
	item: string;
	seed: string;
	slug: string;
	/** `/sources/<slug>#q-<id>` or `#f-<id>`. */
	href: string;
	outlet: string;
	published: string;
	paragraph: number;
}

/** A question as the student sees it: no right answer inside. */
export interface PublicQuestion {
	/** `<bank item id>.<kind>`: stable while the item exists. */
	id: string;
	kind: QuestionKind;
	prompt: string;
	/** Who claims what the question is about, e.g. "Claimed by CNCERT, as reported by RT." */
	note?: string;
	/** The quote (masked where it would give the answer away) or the figure's sentence. */
	text?: string;
	/** Whether `text` is a quotation (shown in quote marks) or context. */
	textIsQuote?: boolean;
	/** Checkboxes: several answers may be right (which outlet). */
	multiple?: boolean;
	choices: Choice[];
	/** The estimate slider's log-scale range. */
	range?: { min: number; max: number; unit: string };
}

export interface Question extends PublicQuestion {
	/** The right answer in the form answers are stored; several comma-joined for `multiple`. */
	answer: string;
	/**
	 * Every answer a student could defend, in the form answers are stored: the speaker under each of
	 * their names, the side they speak for. The generator guarantees exactly one is among the choices.
	 */
	accept?: string[];
	/** The reading skill this kind of question practises, named in the feedback. */
	skill?: string;
	/** Set when the quoted words are the outlet's summary of someone's position, not their words. */
	summaryBy?: string;
	/** The right answer in words. */
	answerLabel: string;
	/** For a figure: what its number counts ("host computers"), shown with the answer. */
	counts?: string;
	source: SourceRef;
	/** Speaker or claimant, with role and side, shown after answering. */
	who: { name: string; role: string | null; side: Side | null } | null;
	/** The real speaker's entity id (said-or-not is judged on it, whoever was shown). */
	speakerId?: string;
	/** Relay chain as names, nearest first. */
	via: string[];
	/** Other articles that report the same words or number. */
	alsoIn: SourceRef[];
}

export interface Quiz {
	module: string;
	seed: number;
	questions: Question[];
}

export function publicQuestion(q: Question): PublicQuestion {
	const { id, kind, prompt, note, text, textIsQuote, multiple, choices, range } = q;
	const out: PublicQuestion = { id, kind, prompt, choices };
	if (note !== undefined) out.note = note;
	if (text !== undefined) out.text = text;
	if (textIsQuote !== undefined) out.textIsQuote = textIsQuote;
	if (multiple) out.multiple = true;
	if (range) out.range = range;
	return out;
}

export function questionId(itemId: string, kind: QuestionKind): string {
	return `${itemId}.${kind}`;
}

export function parseQuestionId(id: string): { item: string; kind: QuestionKind } | null {
	const dot = id.lastIndexOf('.');
	if (dot < 1) return null;
	const kind = id.slice(dot + 1) as QuestionKind;
	return KINDS.includes(kind) ? { item: id.slice(0, dot), kind } : null;
}

/** The sentence around a quote or figure, split so the item itself can be highlighted. */
export interface Passage {
	before: string;
	mark: string;
	after: string;
}
