/** One article: clean, segment, find quotes, mentions, speakers and figures, in paragraph order. */
import type { Entity, EntityType, Figure, Furniture, Quote, Side, Span } from './types';
import { clean } from './clean';
import { sentences as splitSentences } from './segment';
import { findQuotes, type QuoteSpan } from './quotes';
import { tokenize } from './tokens';
import { findMentions, inferSide, Registry, resolveEnt, type Ent } from './entities';
import { assignDocOwners, Attributor, type Attribution, type Para } from './speakers';
import { findFigures } from './figures';
import { CLAIM_VERBS } from './lexicon';
import { itemId, slugify } from './ids';

export interface ArticleExtraction {
	seed: string;
	text: string;
	paragraphs: Span[];
	furniture: Furniture[];
	quotes: Quote[];
	figures: Figure[];
	/** Entities referenced by quotes and figures, by id. */
	entities: Entity[];
}

const OPEN_MARK = /^["“‘'«„]/;

/** A title or standfirst line: no sentence punctuation at the end, short. */
function isHeadline(line: string, index: number): boolean {
	const t = line.trim().replace(/["”’']+$/, '');
	if (/[.!?…:;,]$/.test(t)) return false;
	const words = t.split(/\s+/);
	if (words.length > 25) return false;
	// Near the top, or in title case: a short body paragraph that lost its full stop is not one.
	const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
	return index < 2 || caps >= 0.6 * words.length;
}

/** A person's side from the organisation their role names ("Acme spokesperson"). */
function sideOf(e: Ent, reg: Registry): Side {
	const own = inferSide(e);
	if (own !== 'other' || e.type !== 'person' || !e.role) return own;
	const words = e.role.split(/\s+/).map((w) => w.replace(/['’]s$|[,.]$/g, ''));
	for (let k = 0; k < words.length; k++) {
		for (const n of [2, 1]) {
			const name = words.slice(k, k + n).join(' ');
			if (!/^\p{Lu}/u.test(name)) continue;
			const org = reg.org(name);
			if (org && org !== e) {
				const side = inferSide(org);
				if (side !== 'other') return side;
			}
		}
	}
	return own;
}

function entityOf(e: Ent, seed: string, reg: Registry): Entity {
	const type: EntityType = e.type === 'place' ? 'agency' : e.type;
	let role = e.role;
	if (e.type === 'place' && !role) role = e.country ? `Government in ${e.name}` : null;
	// A long agency name with an acronym reads better as the acronym ("NCIRC").
	const acronym = [...e.aliases].filter((a) => /^\p{Lu}{2,10}$/u.test(a)).sort()[0];
	const name = e.name.length > 40 && acronym ? acronym : e.name;
	const aliases = [...e.aliases].filter((a) => a !== name).sort();
	return {
		id: slugify(name),
		name,
		type,
		role,
		side: sideOf(e, reg),
		aliases,
		seeds: [seed]
	};
}

/** A paragraph-opening dateline: capitals (a place, perhaps "(Agency)") then a dash. */
const DATELINE =
	/^\s*\p{Lu}{2}[\p{Lu}\p{M} .,'’-]{1,40}(?:,\s*[\p{L}. ]{2,20})?(?:\s*\([^)]{1,30}\))?\s*(?:—|–|--|-)\s/u;

/** Offset just past a dateline at the start of a paragraph, or the paragraph start when none. */
function datelineEnd(line: string, start: number): number {
	const m = DATELINE.exec(line);
	return m ? start + m[0].length : start;
}

/** Words opening a subordinate clause: "after ..., the agency said" covers the main clause only. */
const SUBORDINATORS = new Set(
	'after before when because since while although though as if until unless'.split(' ')
);

/** For each token index k, the nearest index before k whose token passes `test`, or -1. */
function previousIndex<T>(tokens: readonly T[], test: (t: T) => boolean): Int32Array {
	const out = new Int32Array(tokens.length + 1);
	let last = -1;
	for (let k = 0; k <= tokens.length; k++) {
		out[k] = last;
		if (k < tokens.length && test(tokens[k]!)) last = k;
	}
	return out;
}

/** The nearest marked index before k (k may be past the end). */
const lastBefore = (prev: Int32Array, k: number): number => prev[Math.min(k, prev.length - 1)]!;

/** How many tokens back a claim verb may govern a figure ("X said ... 40 percent"). */
const CLAIM_REACH = 80;

/** Index of the first span (sorted, non-overlapping) ending after `offset`: binary search. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (spans[mid]!.end <= offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The sentence wholly holding `x`, if one does. */
function sentenceHolding(sents: readonly Span[], x: Span): Span | undefined {
	const s = sents[firstEndingAfter(sents, x.start)];
	return s && s.start <= x.start && x.end <= s.end ? s : undefined;
}

/** From the first to the last sentence overlapping `x`, or undefined when none does. */
function sentencesOver(sents: readonly Span[], x: Span): Span | undefined {
	let i = firstEndingAfter(sents, x.start);
	if (i >= sents.length || sents[i]!.start >= x.end) return undefined;
	const start = sents[i]!.start;
	while (i + 1 < sents.length && sents[i + 1]!.start < x.end) i++;
	return { start, end: sents[i]!.end };
}

/** The paragraph quote (sorted by start) wholly holding the figure, if any. */
function quoteHolding<T extends { q: Span }>(quotes: readonly T[], f: Span): T | undefined {
	let lo = 0;
	let hi = quotes.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (quotes[mid]!.q.end < f.end) lo = mid + 1;
		else hi = mid;
	}
	const x = quotes[lo];
	return x && x.q.start <= f.start && f.end <= x.q.end ? x : undefined;
}

/** Extract quotes, figures, furniture and entities from one article's raw text. */
export function extractArticle(text: string, seed: string): ArticleExtraction {
	const cleaned = clean(text);
	const reg = new Registry();
	const quotes: Quote[] = [];
	const figures: Figure[] = [];
	const used = new Map<Ent, Entity>();
	const repeats = new Map<string, number>();
	const idFor = (prefix: string, t: string): string => {
		const key = prefix + '\u0000' + t;
		const n = repeats.get(key) ?? 0;
		repeats.set(key, n + 1);
		return itemId(prefix, seed, t, n);
	};
	const ref = (e: Ent | null): Entity | null => {
		const r = resolveEnt(e);
		if (!r) return null;
		let out = used.get(r);
		if (!out) {
			out = entityOf(r, seed, reg);
			used.set(r, out);
		}
		return out;
	};
	const pending: { q: Quote; speaker: Ent | null; via: Ent[] }[] = [];
	const pendingFig: { f: Figure; claimant: Ent | null }[] = [];
	let carried: Ent | null = null;
	let carriedPara = -2;
	let runOn = false;
	cleaned.paragraphs.forEach((line, index) => {
		reg.para = index;
		const sents = splitSentences(text, line.start, line.end);
		const names: Span[] = [];
		let qs: QuoteSpan[] = findQuotes(text, line.start, line.end, sents, names);
		const next = cleaned.paragraphs[index + 1];
		qs = qs.filter((q) => !q.runsOn || (next !== undefined && OPEN_MARK.test(next.text)));
		const marked = [...qs, ...names].sort((a, b) => a.start - b.start);
		const tokens = tokenize(text, line.start, line.end, sents, marked);
		// A headline's quote marks flag a word; they attribute nothing.
		const headline = isHeadline(line.text, index);
		if (headline) qs = [];
		const p: Para = {
			index,
			start: line.start,
			end: line.end,
			sentences: sents,
			tokens,
			mentions: [],
			quotes: qs
		};
		// Headlines are skipped: their capitalised words are not names.
		// A dateline ("CITY, State —") names where the story was filed, not who speaks.
		const filedAt = datelineEnd(line.text, line.start);
		p.mentions = headline
			? []
			: findMentions(tokens, reg, text).filter((m) => tokens[m.i]!.start >= filedAt);
		assignDocOwners(p);
		const at = new Attributor(p, text, reg);
		let prev: Attribution | null = null;
		const carry = carriedPara === index - 1 ? carried : null;
		let lastQuoteSpeaker: Ent | null = null;
		for (const q of qs) {
			let a: Attribution;
			if (runOn && q === qs[0] && carry)
				a = at.transcriptLabel(q) ??
					at.cueAfter(q) ?? { speaker: carry, cue: 'continues', via: [] };
			else a = at.attribute(q, prev, q.start - 1 <= line.start + 1 || prev === null ? carry : null);
			prev = a;
			if (a.speaker) {
				reg.lastSpeaker = a.speaker;
				lastQuoteSpeaker = a.speaker;
			}
			const sentence = sentencesOver(sents, q) ?? { start: line.start, end: line.end };
			const qt = text.slice(q.start, q.end);
			const quote: Quote = {
				id: idFor('q', qt),
				seed,
				text: qt,
				start: q.start,
				end: q.end,
				kind: q.kind,
				paragraph: line.paragraph,
				sentence,
				speakerId: null,
				speaker: null,
				cue: a.cue,
				via: []
			};
			quotes.push(quote);
			pending.push({ q: quote, speaker: a.speaker, via: a.via });
		}
		runOn = qs.length > 0 && qs[qs.length - 1]!.runsOn;
		const speech = at.speechSubject();
		if (lastQuoteSpeaker || speech) {
			carried = lastQuoteSpeaker ?? speech;
			carriedPara = index;
			if (!lastQuoteSpeaker && speech) reg.lastSpeaker = speech;
		}
		// Figures and their claimants, with claim verbs and subordinators indexed once per paragraph.
		const claimVerbAt = previousIndex(tokens, (t) => !t.quoted && CLAIM_VERBS.has(t.lower));
		const subordinateAt = previousIndex(tokens, (t) => !t.quoted && SUBORDINATORS.has(t.lower));
		const paraQuotes = pending.slice(pending.length - qs.length);
		let paraClaimant: Ent | null = null;
		let paraClaimSent = -1;
		for (const f of findFigures(text, line.start, line.end)) {
			const inQuote = quoteHolding(paraQuotes, f);
			let claimant: Ent | null = null;
			let trailing = false;
			const k = at.at(f.start);
			const sent = tokens[k]?.sent ?? -1;
			if (inQuote) claimant = inQuote.speaker;
			else {
				// Bounded look-back: a sentence of thousands of figures must stay linear.
				const s0 = Math.max(at.sentStart(Math.min(k, tokens.length - 1)), k - CLAIM_REACH);
				for (let v = lastBefore(claimVerbAt, k); v >= s0 && !claimant; v = claimVerbAt[v]!)
					claimant = at.subjectOf(v);
				if (!claimant) claimant = at.accordingTo(Math.min(k, tokens.length - 1))?.speaker ?? null;
				// "..., the agency said." covers the main clause, not an "after ..." clause.
				if (!claimant && k < tokens.length && f.kind !== 'date') {
					const subordinate = lastBefore(subordinateAt, k) >= Math.max(at.sentStart(k), k - 40);
					if (!subordinate) {
						claimant = at.trailingCue(k)?.speaker ?? null;
						// A trailing "..., officials said." closes its sentence: nothing to inherit.
						if (claimant) trailing = true;
					}
				}
				if (!claimant && paraClaimant && paraClaimSent < sent) claimant = paraClaimant;
			}
			if (claimant && !inQuote && claimant !== paraClaimant && !trailing) {
				paraClaimant = claimant;
				paraClaimSent = sent;
			}
			const ft = text.slice(f.start, f.end);
			const sp = sentenceHolding(sents, f) ?? { start: line.start, end: line.end };
			const fig: Figure = {
				id: idFor('f', ft),
				seed,
				text: ft,
				start: f.start,
				end: f.end,
				value: f.value,
				unit: f.unit,
				counts: f.counts,
				kind: f.kind,
				paragraph: line.paragraph,
				sentence: { start: sp.start, end: sp.end },
				claimantId: null,
				claimant: null,
				via: []
			};
			figures.push(fig);
			pendingFig.push({ f: fig, claimant });
		}
	});
	// Resolve entities only now, so that owners found later ("the report, authored by X") apply.
	for (const { q, speaker, via } of pending) {
		const e = ref(speaker);
		q.speakerId = e ? e.id : null;
		q.speaker = e ? e.name : null;
		q.via = [
			...new Set(
				via
					.map((v) => ref(v))
					.filter((v): v is Entity => v !== null && v.id !== q.speakerId)
					.map((v) => v.id)
			)
		];
	}
	for (const { f, claimant } of pendingFig) {
		const e = ref(claimant);
		f.claimantId = e ? e.id : null;
		f.claimant = e ? e.name : null;
	}
	const byId = new Map<string, Entity>();
	for (const e of used.values()) {
		const have = byId.get(e.id);
		if (!have) byId.set(e.id, e);
		else for (const a of e.aliases) if (!have.aliases.includes(a)) have.aliases.push(a);
	}
	return {
		seed,
		text,
		paragraphs: cleaned.paragraphs.map((l) => ({ start: l.start, end: l.end })),
		furniture: cleaned.furniture,
		quotes,
		figures,
		entities: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id))
	};
}
