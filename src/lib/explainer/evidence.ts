/** The slice of the evidence bank an explainer page ships to the browser: only the items it names, ready to render. */
import { getContext, setContext } from 'svelte';
import type { Side } from '$lib/extract/types';

/** Where an item sits in its source, for "who reported it" lines and links. */
export interface SourcePlace {
	slug: string;
	outlet: string;
	published: string;
	paragraph: number;
	/** `/sources/<slug>#q-…`, `#f-…` or `#p<n>`. */
	href: string;
}

export interface QuoteView extends SourcePlace {
	id: string;
	/** Verbatim from the seed. */
	text: string;
	speaker: string | null;
	role: string | null;
	side: Side;
	/** Names of the relays, nearest first ("Xinhua"). */
	via: string[];
	/** How the words reached English when the outlet quotes a translation ("translated from the ministry's WeChat post"). */
	translated: string | null;
}

export interface FigureView extends SourcePlace {
	id: string;
	text: string;
	value: number;
	unit: string;
	counts: string;
	claimant: string | null;
	via: string[];
	/** The dates the source gives for the count, in its words ("March 19 – May 18"), if any. */
	when: string | null;
}

export interface CiteView extends SourcePlace {
	title: string;
}

export interface TimelineEvent {
	date: string;
	/** Our own words, naming who says so. */
	label: string;
	side: Side;
	cite: SourcePlace;
}

export interface MapNode {
	id: string;
	label: string;
	side: Side;
}

export interface MapEdge {
	id: string;
	from: string;
	to: string;
	/** The accuser as the source names it ("China Youth Daily"). */
	accuserAs: string;
	/** What is alleged, as an allegation ("hacking U.S. companies"). */
	charge: string;
	date: string;
	/** The accused side's answer as reported, in our words, with its verbatim quote when there is one, or a note that the article prints none. */
	response: { printed: boolean; words: string; quote: QuoteView | null; cite: SourcePlace | null };
	cite: SourcePlace;
}

export interface AccusationMap {
	nodes: MapNode[];
	edges: MapEdge[];
}

export interface Timeline {
	/** The years the axis spans, from the explainer's data file. */
	from: number;
	to: number;
	events: TimelineEvent[];
}

export interface FigureBars {
	scale: 'log' | 'linear';
	figures: FigureView[];
}

/** A quiz-engine question embedded in an explainer; the answer ships with it, since checkpoints are practice. */
export interface Checkpoint {
	id: string;
	prompt: string;
	/** Who claims what the question is about ("Claimed by CNCERT, as reported by RT."). */
	note?: string;
	/** The quote (masked where it would give the answer away) or the figure's context. */
	text?: string;
	textIsQuote?: boolean;
	choices: { value: string; label: string; detail?: string }[];
	answer: string;
	answerLabel: string;
	source: SourcePlace;
	who: { name: string; role: string | null } | null;
	via: string[];
}

export interface Evidence {
	quotes: Record<string, QuoteView>;
	figures: Record<string, FigureView>;
	cites: Record<string, CiteView>;
	timeline: Timeline;
	/** The figures a bar chart draws, as each outlet reported them. */
	bars: FigureBars;
	map: AccusationMap;
	/** Quote ids of each quote-cards section, by its label. */
	cards: Record<string, string[]>;
	checkpoints: Record<string, Checkpoint | null>;
}

export function citeKey(seed: string, paragraph: number): string {
	return `${seed}#p${paragraph}`;
}

const KEY = Symbol('evidence');

export function provideEvidence(evidence: () => Evidence): void {
	setContext(KEY, evidence);
}

/** The page's evidence; components outside an explainer page get a clear error, not a blank. */
export function useEvidence(): () => Evidence {
	const get = getContext<(() => Evidence) | undefined>(KEY);
	if (!get) throw new Error('Bank-bound components must be used inside an explainer page');
	return get;
}

/**
 * "claimed by CNCERT, relayed by Xinhua, reported by Reuters, republished by TheNigerianVoice": the
 * full chain claimant → relay → outlet → republisher, so no number reads as fact.
 */
export function claimLine(f: Pick<FigureView, 'claimant' | 'via' | 'outlet'>): string {
	const outlet = shortOutlet(f.outlet);
	const republisher = republishedBy(f.outlet);
	const tail = republisher ? `, republished by ${republisher}` : '';
	const relays = f.via.filter((v) => v !== f.claimant);
	const relay = relays.length ? `, relayed by ${relays.join(' via ')}` : '';
	return f.claimant
		? `claimed by ${f.claimant}${relay}, reported by ${outlet}${tail}`
		: `stated by ${outlet}${tail}`;
}

/** "TheNigerianVoice" for "Reuters, republished by TheNigerianVoice"; null when the outlet published it itself. */
export function republishedBy(outlet: string): string | null {
	return /,\s*republished by\s+(.+)$/.exec(outlet)?.[1]?.trim() ?? null;
}

/** What a figure counts, unless its own words already say it ("20 years" needs no "years"). */
export function countedThing(f: Pick<FigureView, 'text' | 'counts' | 'unit'>): string | null {
	const words = f.text.toLowerCase();
	if (!f.counts || words.includes(f.counts.toLowerCase())) return null;
	return f.unit === 'USD' ? `in ${f.counts}` : f.counts;
}

/** "Reuters" for "Reuters, republished by TheNigerianVoice": the outlet that wrote the words. */
export function shortOutlet(outlet: string): string {
	return outlet.split(',')[0]!.trim();
}

export const SIDE_LABEL: Record<Side, string> = {
	'china-government': 'Chinese government',
	'china-media': 'Chinese state media',
	'china-company': 'Chinese company',
	'us-government': 'U.S. government',
	'us-media': 'U.S. media',
	'us-company': 'U.S. company',
	government: 'a government',
	company: 'a company',
	media: 'news media',
	academic: 'academic',
	outlet: "the outlet's own words",
	other: 'side not classified'
};

/** CSS colour family for a side: china, us, company or other. */
export function sideFamily(side: Side): 'china' | 'us' | 'company' | 'other' {
	if (side === 'china-government' || side === 'china-media') return 'china';
	if (side === 'us-government' || side === 'us-media') return 'us';
	if (side === 'china-company' || side === 'us-company' || side === 'company') return 'company';
	return 'other';
}
