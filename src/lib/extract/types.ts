/** The evidence bank's shapes: what extraction produces and what quizzes, explainers and the reader consume. */

import type { PartyLabel } from '../content/sides';

/** Offsets are JavaScript string indexes into the raw seed text, end exclusive. */
export interface Span {
	start: number;
	end: number;
}

/**
 * The kind of party an entity speaks for, found in the article by general rules: a government (or
 * one of its arms), a company, news media, academia, the outlet's own voice, or none of these.
 */
export type PartyKind = 'government' | 'company' | 'media' | 'academic' | 'outlet' | 'other';

/**
 * An entity's side: its party's kind, or the label content gives that party (`content/sides.json`
 * says which government or whose media a seed's party is; the extractor never does).
 */
export type Side = PartyKind | PartyLabel;

/** `survey`: a poll or survey speaking through its findings ("a survey found"); added after the others. */
export type EntityType =
	'person' | 'agency' | 'company' | 'media' | 'document' | 'group' | 'survey';

export interface Entity {
	/** Stable slug from the canonical name, e.g. `marie-leblanc`. */
	id: string;
	name: string;
	type: EntityType;
	/** Role as an article states it ("China's assistant foreign minister"), or null. */
	role: string | null;
	side: Side;
	/**
	 * Entity id of the party it speaks for: the government, company or body at the top of its
	 * speaks-for chain, found in the text (itself for a party such as a company); null for none.
	 */
	sideOf?: string | null;
	/** The country its name, role or the words around it place it in ("China's Ministry of X"), if any. */
	country?: string;
	aliases: string[];
	/** Seed files the entity appears in. */
	seeds: string[];
}

/** `full`: a sentence or more; `partial`: four or more words inside the reporter's sentence; `fragment`: one to three words. */
export type QuoteKind = 'full' | 'partial' | 'fragment';

export interface Quote extends Span {
	/** Stable id from the seed's content and the quoted words, e.g. `q-3f9a1c2b`. */
	id: string;
	seed: string;
	/** Verbatim: `text === seedText.slice(start, end)`. */
	text: string;
	kind: QuoteKind;
	/** Paragraph number: non-empty lines counted from 1. */
	paragraph: number;
	/** The sentence (or sentences) holding the quote, for context and highlighting. */
	sentence: Span;
	speakerId: string | null;
	/** Display name of the speaker, or null when none was found. */
	speaker: string | null;
	/** The speech cue that attributed it ("said Hong", "according to", "continues"). */
	cue: string | null;
	/** Relay chain, nearest first: "Agence Presse quoted Leblanc" gives ['agence-presse']. Entity ids. */
	via: string[];
}

export type FigureKind = 'count' | 'money' | 'ratio' | 'duration' | 'year' | 'date';

export interface Figure extends Span {
	/** Stable id from the seed's content and the figure's words, e.g. `f-91b2e0aa`. */
	id: string;
	seed: string;
	text: string;
	value: number;
	/** What the number is in: `USD`, `years`, `share`, or the counted noun ("computers"). */
	unit: string;
	/** The noun phrase the number counts. */
	counts: string;
	kind: FigureKind;
	paragraph: number;
	sentence: Span;
	/** Entity id of whoever claims it; null when the outlet states it itself. */
	claimantId: string | null;
	claimant: string | null;
	via: string[];
}

/** Page furniture dropped by the cleaner, kept so the reader can show it collapsed. */
export interface Furniture extends Span {
	text: string;
	reason: string;
}

export interface ArticleMeta {
	/** File name in `seeds/`, e.g. `002_f2ce5798af53c9ec.txt`. */
	seed: string;
	/** URL segment: the file name without `.txt`. */
	slug: string;
	outlet: string;
	title: string;
	/** ISO date as precise as known: `2014`, `2014-05` or `2014-05-20`. */
	published: string;
	author?: string;
	note?: string;
}

export interface ArticleEvidence extends ArticleMeta {
	paragraphs: Span[];
	furniture: Furniture[];
	quoteIds: string[];
	figureIds: string[];
}

/** One set of words or one number reported by several articles. */
export interface Link {
	id: string;
	type: 'quote' | 'figure';
	/** Quote or figure ids, one or more per seed. */
	items: string[];
	seeds: string[];
	/** Wording differences between the versions, item by item against the first. */
	differences: { item: string; against: string; changes: string[] }[];
}

/**
 * `same-as`: two names of one actor ("Beijing" standing for the Chinese government).
 * `speaks-for`: `from` speaks for or belongs to `to` (a spokesperson and their ministry, a
 * ministry and its government, a document and its issuer).
 */
export interface Relation {
	type: 'same-as' | 'speaks-for';
	from: string;
	to: string;
	/** Why the extractor (or review.json) says so, for the extract report. */
	why: string;
}

export interface Bank {
	version: 1;
	articles: ArticleEvidence[];
	entities: Record<string, Entity>;
	quotes: Record<string, Quote>;
	figures: Record<string, Figure>;
	links: Link[];
	/** Relations between entities; absent in banks built before relations existed. */
	relations?: Relation[];
}
