/** Stage: who claims each figure of a paragraph — its quote's speaker, a claim verb's subject, a cue. */
import type { Ent } from './entities';
import type { FigureSpan } from './figures';
import { CLAIM_VERBS, set } from './lexicon';
import type { Attributor, Para } from './speakers';
import { quoteHolding } from './spans';
import { previousIndex } from './para-index';
import type { Token } from './tokens';
import type { Span } from './types';

/** Words opening a subordinate clause: "after ..., the agency said" covers the main clause only. */
const SUBORDINATORS = set(
	'after before when because since while although though as if until unless'
);

/** How many tokens back a claim verb may govern a figure ("X said ... 40 percent"). */
const CLAIM_REACH = 80;

/** A claim verb ("said", "estimated") outside quotes; a digit or a mark is looked up in no list. */
const isClaimVerb = (t: Token): boolean => t.word && !t.quoted && CLAIM_VERBS.has(t.lower);
/** A word opening a subordinate clause, outside quotes. */
const isSubordinator = (t: Token): boolean => t.word && !t.quoted && SUBORDINATORS.has(t.lower);

/** Words that credit a figure with no speech verb: "according to X", "as X put it". */
const CUE_WORDS = set('according put puts');

/**
 * Whether a paragraph without quotes or speech verbs can credit any figure: every other way to a
 * claimant starts at a claim verb ("estimated") or a cue word, so a list of bare numbers is skipped.
 */
export const mayCredit = (p: Para): boolean =>
	p.tokens.some((t) => t.word && (CLAIM_VERBS.has(t.lower) || CUE_WORDS.has(t.lower)));

/** The nearest marked index before k (k may be past the end). */
const lastBefore = (prev: Int32Array, k: number): number => prev[Math.min(k, prev.length - 1)]!;

/**
 * Claimants of one paragraph's figures, in text order: claim verbs and subordinators are indexed
 * once, and a claimant named for one sentence carries to the figures of later sentences.
 */
export class FigureClaims {
	/** Made on first use: a figure inside a quote (the quote's speaker claims it) needs neither. */
	private claimVerbAt?: Int32Array;
	private subordinateAt?: Int32Array;
	private paraClaimant: Ent | null = null;
	private paraClaimSent = -1;

	constructor(
		private p: Para,
		/** Null without tokens: then only a quote's speaker claims a figure. */
		private at: Attributor | null,
		/** The paragraph's quotes, and the speaker attribution gave each. */
		private quotes: readonly Span[],
		private speakers: readonly (Ent | null)[]
	) {}

	/** Who claims the figure: null when the outlet states it itself. */
	claimantOf(f: FigureSpan): Ent | null {
		const inQuote = quoteHolding(this.quotes, f);
		const { at } = this;
		if (inQuote >= 0 || !at) return this.speakers[inQuote] ?? null;
		const { tokens } = this.p;
		const k = at.at(f.start);
		const sent = tokens[k]?.sent ?? -1;
		let claimant =
			this.claimVerbSubject(at, k) ??
			at.accordingTo(Math.min(k, tokens.length - 1))?.speaker ??
			null;
		let trailing = false;
		// "..., the agency said." covers the main clause, not an "after ..." clause.
		if (!claimant && k < tokens.length && f.kind !== 'date') {
			const from = Math.max(at.sentStart(k), k - 40);
			this.subordinateAt ??= previousIndex(tokens, isSubordinator);
			if (lastBefore(this.subordinateAt, k) < from) {
				claimant = at.trailingCue(k)?.speaker ?? null;
				// A trailing "..., officials said." closes its sentence: nothing to inherit.
				trailing = claimant !== null;
			}
		}
		if (!claimant && this.paraClaimant && this.paraClaimSent < sent) claimant = this.paraClaimant;
		if (claimant && claimant !== this.paraClaimant && !trailing) {
			this.paraClaimant = claimant;
			this.paraClaimSent = sent;
		}
		return claimant;
	}

	/** The subject of the nearest claim verb before token k in its sentence, within reach. */
	private claimVerbSubject(at: Attributor, k: number): Ent | null {
		// Bounded look-back: a sentence of thousands of figures must stay linear.
		const s0 = Math.max(at.sentStart(Math.min(k, this.p.tokens.length - 1)), k - CLAIM_REACH);
		const verbs = (this.claimVerbAt ??= previousIndex(this.p.tokens, isClaimVerb));
		for (let v = lastBefore(verbs, k); v >= s0; v = verbs[v]!) {
			const subject = at.subjectOf(v);
			if (subject) return subject;
		}
		return null;
	}
}
