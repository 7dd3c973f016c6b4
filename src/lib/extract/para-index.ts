/** The paragraph index the speaker stages read: tokens by sentence, mentions by position, speech verbs. */
import type { Span } from './types';
import type { Token } from './tokens';
import type { Mention } from './registry';
import type { QuoteSpan } from './quotes';
import { lowerBound } from './spans';
import { PHRASAL_SPEECH_VERBS, set, SPEECH_VERBS } from './lexicon';

export interface Para {
	/** Index among kept paragraphs. */
	index: number;
	start: number;
	end: number;
	sentences: Span[];
	tokens: Token[];
	mentions: Mention[];
	quotes: QuoteSpan[];
	/** Set by the first index of the paragraph, which every later one shares. */
	tables?: TokenTables;
}

/** What one pass over a paragraph's tokens finds (several readers index one paragraph). */
interface TokenTables {
	/** First and past-last token index of each sentence. */
	sStart: number[];
	sEnd: number[];
	/** Whether a speech verb stands outside quotes. */
	speaks: boolean;
}

/** Speech-verb tokens used as nouns ("Lee's remarks", "the report"), marked when a paragraph is indexed. */
const NOUN_USES = new WeakSet<Token>();

/** A speech verb outside quotes ("said", "told", "blamed"), not used as a noun. */
export const isVerb = (t: Token | undefined): boolean =>
	t !== undefined &&
	!t.quoted &&
	(((SPEECH_VERBS.has(t.lower) || t.lower === 'blamed' || t.lower === 'blaming') &&
		!NOUN_USES.has(t)) ||
		PHRASAL_USES.has(t));

/** Verbs that speak with their particle ("shot back"), marked when a paragraph is indexed. */
const PHRASAL_USES = new WeakSet<Token>();
/** PHRASAL_SPEECH_VERBS as a map: a lookup by a word sliced from the text costs less in a Map. */
const PARTICLES = new Map(Object.entries(PHRASAL_SPEECH_VERBS));

/** A speech verb's form used as a noun in its paragraph ("Lee's claim that ..."). */
export const usedAsNoun = (t: Token | undefined): boolean => t !== undefined && NOUN_USES.has(t);

/** Words after which a verb's plain or -s form is a noun: "the charge", "their claims". */
const NOUN_MARKERS = set('the a an this these those his its their our my your');
/** Possessive contractions of "is" or "has", after which a verb stays a verb: "he's". */
const CONTRACTION = /^(?:he|she|it|that|there|what|who|here|let|where)['’]s$/;

/** "Lee's remarks", "the charge", "her emails": a speech verb's plain or -s form after a determiner or a possessive. */
export function isNounUse(t: Token, prev: Token | undefined): boolean {
	if (!prev || prev.quoted || !SPEECH_VERBS.has(t.lower) || /(?:ed|ing)$/.test(t.lower))
		return false;
	if (NOUN_MARKERS.has(prev.lower)) return true;
	if (prev.lower === 'her') return /s$/.test(t.lower);
	return /['’]s?$/.test(prev.t) && prev.t.length > 2 && !CONTRACTION.test(prev.lower);
}

/**
 * The paragraph's token tables, built on its first index: speech verbs used as nouns or with their
 * particle are marked, sentences bounded, and whether any speech verb speaks is noted.
 */
function tablesOf(p: Para): TokenTables {
	if (p.tables) return p.tables;
	const ts = p.tokens;
	const sStart: number[] = [];
	const sEnd: number[] = [];
	let speaks = false;
	let prev: Token | undefined;
	for (let k = 0; k < ts.length; k++) {
		const t = ts[k]!;
		if (sStart[t.sent] === undefined) sStart[t.sent] = k;
		sEnd[t.sent] = k + 1;
		// Speech verbs are words: a mark is looked up in no list.
		if (t.word) {
			if (isNounUse(t, prev)) NOUN_USES.add(t);
			const particle = PARTICLES.get(t.lower);
			if (particle !== undefined && !t.quoted && ts[k + 1]?.lower === particle) PHRASAL_USES.add(t);
			if (!speaks && !t.quoted) speaks = isVerb(t);
		}
		prev = t;
	}
	return (p.tables = { sStart, sEnd, speaks });
}

/** Whether a speech verb outside quotes stands in the paragraph (indexing it if not yet done). */
export const hasSpeechVerb = (p: Para): boolean => tablesOf(p).speaks;

/** For each token index k, the nearest index before k whose token passes `test`, or -1. */
export function previousIndex<T>(tokens: readonly T[], test: (t: T) => boolean): Int32Array {
	const out = new Int32Array(tokens.length + 1);
	let last = -1;
	for (let k = 0; k <= tokens.length; k++) {
		out[k] = last;
		if (k < tokens.length && test(tokens[k]!)) last = k;
	}
	return out;
}

/** Lookups over one paragraph: sentences, mentions starting or ending at a token, the next speech verb. */
export class ParaIndex {
	/** The paragraph's tokens, read by every stage: one field away, not two. */
	private ts: Token[];
	private sStart: number[];
	private sEnd: number[];
	/** Made only for a paragraph with mentions: most short paragraphs have none. */
	private byStart: Map<number, Mention> | null = null;
	private byEnd: Map<number, Mention> | null = null;
	private verbAfter: Int32Array | null = null;
	private cues?: Int32Array;
	/** The last answer of `at`. */
	private lastAt = 0;

	constructor(
		protected readonly p: Para,
		protected readonly src: string
	) {
		const tables = tablesOf(p);
		this.ts = p.tokens;
		this.sStart = tables.sStart;
		this.sEnd = tables.sEnd;
		if (p.mentions.length === 0) return;
		const byStart = (this.byStart = new Map());
		const byEnd = (this.byEnd = new Map());
		for (const m of p.mentions) {
			if (!byStart.has(m.i)) byStart.set(m.i, m);
			byEnd.set(m.j, m);
		}
	}

	/** Index of the first speech verb at or after token k (the token count when none). */
	nextVerb(k: number): number {
		if (!this.verbAfter) {
			const ts = this.ts;
			this.verbAfter = new Int32Array(ts.length + 1).fill(ts.length);
			for (let x = ts.length - 1; x >= 0; x--)
				this.verbAfter[x] = isVerb(ts[x]) ? x : this.verbAfter[x + 1]!;
		}
		return this.verbAfter[Math.max(0, Math.min(k, this.ts.length))]!;
	}

	/** Index of the last speech verb or speech noun before token k (-1 when none): the backward
	 *  scans for a cue jump from one to the next instead of reading every token. */
	cueBefore(k: number): number {
		this.cues ??= previousIndex(this.ts, (t) => isVerb(t) || usedAsNoun(t));
		return this.cues[k] ?? -1;
	}

	mentionEndingAt(j: number): Mention | undefined {
		return this.byEnd?.get(j);
	}

	mentionStartingAt(i: number): Mention | undefined {
		return this.byStart?.get(i);
	}

	private firstIdx(a: number): number {
		const ms = this.p.mentions;
		return lowerBound(ms.length, (k) => ms[k]!.i < a);
	}

	/** First mention starting in [a, b). */
	mentionIn(a: number, b: number): Mention | undefined {
		const m = this.p.mentions[this.firstIdx(a)];
		return m && m.i < b ? m : undefined;
	}

	/** Mentions starting in [a, b). */
	mentionsIn(a: number, b: number): Mention[] {
		const out: Mention[] = [];
		let idx = this.firstIdx(a);
		let m = this.p.mentions[idx];
		while (m && m.i < b) {
			out.push(m);
			m = this.p.mentions[++idx];
		}
		return out;
	}

	tok(k: number): Token | undefined {
		// A negative index is looked up on the prototype chain, at many times the cost.
		return k < 0 ? undefined : this.ts[k];
	}

	/** First token index of the sentence holding token k. */
	sentStart(k: number): number {
		const t = this.ts[k];
		return t ? (this.sStart[t.sent] ?? k) : k;
	}

	sentEnd(k: number): number {
		const t = this.ts[k];
		return t ? (this.sEnd[t.sent] ?? k) : k;
	}

	text(a: number, b: number): string {
		const ta = this.tok(a);
		const tb = this.tok(b - 1);
		if (!ta || !tb) return '';
		return this.src.slice(ta.start, tb.end);
	}

	/** Token index of the first token at or after offset. */
	at(offset: number): number {
		const ts = this.ts;
		// Figures are looked up in text order: try the few tokens from the last answer on first.
		for (let k = this.lastAt; k <= ts.length && k <= this.lastAt + 3; k++) {
			if (k > 0 && ts[k - 1]!.start >= offset) break;
			if (k === ts.length || ts[k]!.start >= offset) return (this.lastAt = k);
		}
		this.lastAt = this.search(offset);
		return this.lastAt;
	}

	/** `at` by binary search. */
	private search(offset: number): number {
		const ts = this.ts;
		return lowerBound(ts.length, (k) => ts[k]!.start < offset);
	}
}
