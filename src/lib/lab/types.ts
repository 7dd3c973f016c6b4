/** The lab's shapes: a pasted article, a teacher's review, a generated round, and what a share link carries. */
import type { Bank } from '$lib/extract/types';
import type { Review } from '$lib/extract/review';
import type { ResultAnswer } from '$lib/quiz/token';
import type { Choice, Question, QuestionKind, QuizModule } from '$lib/quiz/types';

/** One article as the teacher pasted or opened it; metadata the teacher may correct. */
export interface LabArticle {
	title: string;
	outlet: string;
	/** As precise as known (`2026-03-04`, `2026-03`, `2026`), or empty. */
	date: string;
	text: string;
}

/**
 * The seed pipeline's review (exclude, speaker, relations), plus speakers the teacher typed who are
 * not among the article's people and bodies: quote or figure id → the name typed.
 */
export interface LabReview extends Review {
	newSpeakers?: Record<string, string>;
}

/** A round generated over the lab's articles, with what it was made from. */
export interface LabQuiz {
	/** Title for the round: the article's title, or "N articles". */
	title: string;
	seed: number;
	module: QuizModule;
	questions: Question[];
	bank: Bank;
	articles: LabArticle[];
	/** Article text by bank seed file name (`lab-<hash>.txt`), in the order of `articles`. */
	texts: Record<string, string>;
	/** Bank seed file name of each article, in the order of `articles`. */
	seeds: string[];
}

export interface LabEmpty {
	empty: true;
	reason: string;
}

/** The text a question's feedback points to: its paragraph, with the item's place marked. */
export interface PackedPassage {
	/** Paragraph number in the article (non-empty lines counted from 1). */
	paragraph: number;
	text: string;
	/** The quote or figure inside `text` (string indexes, end exclusive). */
	mark: [number, number];
	/** Where `text` starts in the article (string index), so keys can give the item's exact offsets. */
	at: number;
}

/** One question as a link carries it: everything to show, mark and explain it, nothing else. */
export interface PackedQuestion {
	id: string;
	kind: QuestionKind;
	prompt: string;
	note?: string;
	text?: string;
	textIsQuote?: boolean;
	multiple?: boolean;
	choices: Choice[];
	range?: { min: number; max: number; unit: string };
	answer: string;
	accept?: string[];
	answerLabel: string;
	skill?: string;
	summaryBy?: string;
	counts?: string;
	who: { name: string; role: string | null; side: string | null } | null;
	speakerId?: string;
	via: string[];
	/** Index into `PackedQuiz.articles`. */
	article: number;
	passage: PackedPassage;
}

export interface PackedArticle {
	title: string;
	outlet: string;
	date: string;
}

/** What a share link carries: the reviewed round, not the article. */
export interface PackedQuiz {
	version: 1;
	title: string;
	seed: number;
	articles: PackedArticle[];
	questions: PackedQuestion[];
}

/** A student's attempt at a lab quiz, self-contained so a teacher's browser can score it. */
export interface LabResult {
	/** `fingerprint(quiz)`: ties results of one quiz together in the class report. */
	fingerprint: string;
	name?: string;
	answers: ResultAnswer[];
	/** Day of completion, `YYYY-MM-DD`. */
	day: string;
	minutes?: number;
	quiz: PackedQuiz;
}
