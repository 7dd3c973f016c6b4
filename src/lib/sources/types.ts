/** Types of the source reader, shared by its server module (src/lib/server/reader.ts) and its page components. */
import type { FigureView, QuoteView } from '$lib/explainer/evidence';

/** A piece of a paragraph: plain text, a quotation, a figure, or an anchor keeping an id. */
export type Segment =
	| { kind: 'text'; text: string }
	| { kind: 'figure'; id: string; text: string }
	| { kind: 'quote'; id: string; children: Segment[] }
	/** An item that straddles another's edge: an empty anchor keeps its link target. */
	| { kind: 'anchor'; id: string };

/** Another article's version of the same words or number. */
export interface AlsoIn {
	outlet: string;
	href: string;
	/** Wording differences, e.g. `"Internet," → "internet,"`; empty when identical. */
	changes: string[];
}

export interface ReaderQuote extends QuoteView {
	alsoIn: AlsoIn[];
	/** The outlet, when these words are its own summary of the speaker's position ("In effect, …"). */
	summaryBy: string | null;
}

export interface ReaderFigure extends FigureView {
	claim: string;
	alsoIn: AlsoIn[];
}

export interface ReaderParagraph {
	n: number;
	/** Why the cleaner set this line aside as page furniture, or null for article text. */
	furniture: string | null;
	segments: Segment[];
}
