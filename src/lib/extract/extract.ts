/** One article: clean, then paragraph by paragraph quotes with speakers and figures with claimants; entities last. */
import type { Entity, Figure, Furniture, Quote, Span } from './types';
import { clean, type Line } from './clean';
import { Registry, resolveEnt, type Ent } from './entities';
import { entityOf, mergeById } from './article-entities';
import { Attributor, goesOn, type Attribution, type Para } from './speakers';
import { readParagraph } from './paragraph';
import { findFigures, NO_RELAYS } from './figures';
import { hasSpeechVerb } from './para-index';
import { FigureClaims, mayCredit } from './figure-claims';
import { repeatId, wordsHash } from './ids';
import { sentencesOver } from './spans';
import { readingPieces } from './pieces';

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

/** Words seen under an id prefix: their hash, how often so far, and their first copy. */
type Repeat = { h: number; n: number; words: string };

/** What reading an article accumulates, paragraph by paragraph. */
class ArticleReader {
	readonly reg = new Registry();
	readonly quotes: Quote[] = [];
	/** Each quote's speaker and relays as entities, resolved once the whole article is read (kept
	 *  beside the quotes, not in an object per quote). */
	private readonly speakers: (Ent | null)[] = [];
	private readonly relays: Ent[][] = [];
	/** Figures, and apart from them the claimed ones with their claimants: a figure is made with
	 *  no claimant, so a dense list of unclaimed numbers adds nothing here. */
	readonly figures: Figure[] = [];
	private readonly claimed: { f: Figure; claimant: Ent }[] = [];
	/** The speaker a next paragraph may continue, and the paragraph that named them. */
	private carried: Ent | null = null;
	private carriedPara = -2;
	/** The last quote ran on past its paragraph's end. */
	private runOn = false;
	/** Each words' hash and how often they occurred so far, by id prefix: a list of one number
	 *  repeated 300,000 times hashes it once. */
	private repeats: Record<string, Map<string, Repeat>> = {
		q: new Map(),
		f: new Map()
	};

	constructor(
		readonly text: string,
		readonly seed: string,
		private lines: Line[]
	) {}

	/** Stable id from the words; repeats of the same words in one article are counted. */
	idFor(prefix: string, words: string): string {
		const r = this.repeatOf(prefix, words);
		return repeatId(prefix, r.h, r.n++);
	}

	/** The record of these words under the prefix, made at their first occurrence. */
	private repeatOf(prefix: string, words: string): Repeat {
		const seen = (this.repeats[prefix] ??= new Map());
		let r = seen.get(words);
		if (!r) seen.set(words, (r = { h: wordsHash(this.seed, words), n: 0, words }));
		return r;
	}

	/** One paragraph: its quotes with speakers, then its figures with claimants. */
	read(line: Line, index: number): void {
		this.reg.para = index;
		const p = readParagraph(this.text, line, index, this.lines[index + 1], this.reg);
		// With no quote and no speech verb, nobody speaks: the attributor is built only for figures.
		// Without tokens (no letter, nothing before a quote) nobody is named: quotes only go on.
		const at =
			p.tokens.length && (p.quotes.length || hasSpeechVerb(p))
				? new Attributor(p, this.text, this.reg)
				: null;
		const carry = this.carriedPara === index - 1 ? this.carried : null;
		const lastSpeaker = this.attributeQuotes(p, at, line, carry);
		this.runOn = !!p.quotes.at(-1)?.runsOn;
		const speech = at ? at.speechSubject() : null;
		if (lastSpeaker || speech) {
			this.carried = lastSpeaker ?? speech;
			this.carriedPara = index;
			if (!lastSpeaker && speech) this.reg.lastSpeaker = speech;
		}
		this.readFigures(p, at, line);
	}

	/** Each quote's speaker; returns the last speaker found in the paragraph. */
	private attributeQuotes(
		p: Para,
		at: Attributor | null,
		line: Line,
		carry: Ent | null
	): Ent | null {
		const qs = p.quotes;
		let prev: Attribution | null = null;
		let last: Ent | null = null;
		for (const q of qs) {
			const opensParagraph = q.start - 1 <= line.start + 1 || prev === null;
			// Without tokens, each quote goes on from the speaker carried in (a later one from the first,
			// which has that speaker). A quote running on from the paragraph before keeps its speaker
			// unless a transcript label or a new cue names another.
			const a: Attribution = !at
				? goesOn(null, carry)
				: this.runOn && q === qs[0] && carry
					? (at.transcriptLabel(q) ?? at.cueAfter(q) ?? goesOn(null, carry))
					: at.attribute(q, prev, opensParagraph ? carry : null);
			prev = a;
			if (a.speaker) {
				this.reg.lastSpeaker = a.speaker;
				last = a.speaker;
			}
			const sentence = sentencesOver(p.sentences, q) ?? { start: line.start, end: line.end };
			const words = this.text.slice(q.start, q.end);
			this.speakers.push(a.speaker);
			this.relays.push(a.via);
			this.quotes.push({
				id: this.idFor('q', words),
				seed: this.seed,
				text: words,
				start: q.start,
				end: q.end,
				kind: q.kind,
				paragraph: line.paragraph,
				sentence,
				speakerId: null,
				speaker: null,
				cue: a.cue,
				// Filled in by resolve: until then, no list is kept per quote.
				via: NO_RELAYS
			});
		}
		return last;
	}

	/** The paragraph's figures, each with its claimant: the objects found are the output's, filled in place. */
	private readFigures(p: Para, at: Attributor | null, line: Line): void {
		const found = findFigures(this.text, line.start, line.end);
		if (found.length === 0) return;
		const from = this.quotes.length - p.quotes.length;
		const credits = at ?? (mayCredit(p) ? new Attributor(p, this.text, this.reg) : null);
		const claims =
			credits || p.quotes.length
				? new FigureClaims(p, credits, this.quotes.slice(from), this.speakers.slice(from))
				: null;
		// A figure's sentence is the paragraph's own span object, read-only: no copy per figure or sentence.
		const whole: Span = { start: line.start, end: line.end };
		// Figures come in text order: the sentence holding each is at or after the last one's.
		const sents = p.sentences;
		let si = 0;
		for (const f of found) {
			const claimant = claims ? claims.claimantOf(f) : null;
			const r = this.repeatOf('f', this.text.slice(f.start, f.end));
			f.id = repeatId('f', r.h, r.n++);
			f.seed = this.seed;
			// Repeated words share their first copy: a dense list keeps one string, not one per figure.
			f.text = r.words;
			f.paragraph = line.paragraph;
			while (si < sents.length && sents[si]!.end <= f.start) si++;
			const s = sents[si];
			f.sentence = s && s.start <= f.start && f.end <= s.end ? s : whole;
			this.figures.push(f);
			if (claimant) this.claimed.push({ f, claimant });
		}
	}

	/** Entities of quotes and figures, resolved only now so that owners found later apply. */
	resolve(): Entity[] {
		const used = new Map<Ent, Entity>();
		const ref = (e: Ent | null): Entity | null => {
			const r = resolveEnt(e);
			if (!r) return null;
			let out = used.get(r);
			if (!out) used.set(r, (out = entityOf(r, this.seed, this.reg)));
			return out;
		};
		this.quotes.forEach((q, k) => {
			const e = ref(this.speakers[k]!);
			q.speakerId = e ? e.id : null;
			q.speaker = e ? e.name : null;
			// Most quotes have no relay: they share the one empty, frozen list, as figures do.
			const relays = this.relays[k]!.map((v) => ref(v)?.id).filter(
				(v): v is string => v !== undefined && v !== q.speakerId
			);
			q.via = relays.length ? [...new Set(relays)] : NO_RELAYS;
		});
		for (const { f, claimant } of this.claimed) {
			const e = ref(claimant);
			f.claimantId = e ? e.id : null;
			f.claimant = e ? e.name : null;
		}
		return mergeById([...used.values()]);
	}
}

/** Extract quotes, figures, furniture and entities from one article's raw text. */
export function extractArticle(text: string, seed: string): ArticleExtraction {
	const cleaned = clean(text);
	const lines = readingPieces(text, cleaned.paragraphs);
	const reader = new ArticleReader(text, seed, lines);
	lines.forEach((line, index) => reader.read(line, index));
	const entities = reader.resolve();
	return {
		seed,
		text,
		paragraphs: cleaned.paragraphs.map((l) => ({ start: l.start, end: l.end })),
		furniture: cleaned.furniture,
		quotes: reader.quotes,
		figures: reader.figures,
		entities
	};
}
