/** Speakers: attribute each quote from speech cues before, after or around it; keep relay chains. */
import type { Span } from './types';
import type { Token } from './tokens';
import type { Ent, Mention, Registry } from './registry';
import type { QuoteSpan } from './quotes';
import { NAMING_VERBS, SPEECH_VERBS } from './lexicon';
import { isTitle } from './words';
import { personLike } from './coreference';

export interface Para {
	/** Index among kept paragraphs. */
	index: number;
	start: number;
	end: number;
	sentences: Span[];
	tokens: Token[];
	mentions: Mention[];
	quotes: QuoteSpan[];
}

export interface Attribution {
	speaker: Ent | null;
	cue: string | null;
	via: Ent[];
}

const SKIP = new Set(
	`also reportedly repeatedly previously has have had was were is are would will could may might later then publicly
recently allegedly further once again goes went go on to not never first earlier separately had been has been
initially subsequently finally simply flatly angrily bluntly sharply quickly immediately officially privately
has since already still just even only in`
		.split(/\s+/)
		.filter(Boolean)
);
const INTRO = new Set(
	`according in on at after before depending for last during since with meanwhile however still despite while as
when noting following by under amid earlier later separately but and yet so also instead this that`
		.split(/\s+/)
		.filter(Boolean)
);

const isVerb = (t: Token | undefined): boolean =>
	t !== undefined &&
	!t.quoted &&
	(SPEECH_VERBS.has(t.lower) || t.lower === 'blamed' || t.lower === 'blaming');

/** Words that end a run of modifiers before a name: clauses, not adjectives. */
const NOT_MODIFIER = new Set(
	'and but or nor then as while when because although though if so that which who whom whose where after before since until also not to of in on at for with by from'.split(
		' '
	)
);

/** A speaker's name in capitals and a colon opening a turn of a transcript: "HOLT:", "MS. RUIZ:". */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}): /u;

export class Attributor {
	private sStart: number[] = [];
	private sEnd: number[] = [];
	private byStart = new Map<number, Mention>();
	private byEnd = new Map<number, Mention>();
	private according = new Map<number, Attribution | null>();
	private verbSent = new Map<number, boolean>();
	private verbAfter: Int32Array | null = null;

	/** Index of the first speech verb at or after token k (the token count when none). */
	nextVerb(k: number): number {
		if (!this.verbAfter) {
			const ts = this.p.tokens;
			this.verbAfter = new Int32Array(ts.length + 1).fill(ts.length);
			for (let x = ts.length - 1; x >= 0; x--)
				this.verbAfter[x] = isVerb(ts[x]) ? x : this.verbAfter[x + 1]!;
		}
		return this.verbAfter[Math.max(0, Math.min(k, this.p.tokens.length))]!;
	}

	constructor(
		private p: Para,
		private src: string,
		/** Names the speaker of a transcript label ("SMITH: ..."); without it labels are not read. */
		private reg: Registry | null = null
	) {
		p.tokens.forEach((t, k) => {
			if (this.sStart[t.sent] === undefined) this.sStart[t.sent] = k;
			this.sEnd[t.sent] = k + 1;
		});
		for (const m of p.mentions) {
			if (!this.byStart.has(m.i)) this.byStart.set(m.i, m);
			this.byEnd.set(m.j, m);
		}
	}

	mentionEndingAt(j: number): Mention | undefined {
		return this.byEnd.get(j);
	}
	mentionStartingAt(i: number): Mention | undefined {
		return this.byStart.get(i);
	}
	private firstIdx(a: number): number {
		const ms = this.p.mentions;
		let lo = 0;
		let hi = ms.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (ms[mid]!.i < a) lo = mid + 1;
			else hi = mid;
		}
		return lo;
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
		return this.p.tokens[k];
	}

	/** First token index of the sentence holding token k. */
	sentStart(k: number): number {
		const t = this.p.tokens[k];
		return t ? (this.sStart[t.sent] ?? k) : k;
	}
	sentEnd(k: number): number {
		const t = this.p.tokens[k];
		return t ? (this.sEnd[t.sent] ?? k) : k;
	}

	/** The grammatical subject of the sentence holding token k, ignoring an introductory phrase. */
	mainSubject(k: number, before: number): Ent | null {
		let s = this.sentStart(k);
		const first = this.tok(s);
		if (first && INTRO.has(first.lower)) {
			let c = s;
			const lim = Math.min(before, s + 30);
			while (c < lim && this.tok(c)!.t !== ',') c++;
			if (c < lim) s = c + 1;
		}
		const m = this.mentionIn(s, Math.min(before, s + 80));
		return m ? m.ent : null;
	}

	/** Subject of the verb at token v: the mention just before it, skipping adverbs. */
	subjectOf(v: number): Ent | null {
		const t = this.tok(v)!;
		if (/ing$/.test(t.lower)) {
			// "Yonhap quoted an official as saying": the official speaks.
			if (this.tok(v - 1)?.lower === 'as') {
				const m = this.mentionEndingAt(v - 1);
				if (
					m &&
					this.tok(m.i - 1)?.lower !== 'by' &&
					/^(?:quoted|cited)$/.test(this.tok(m.i - 1)?.lower ?? '')
				)
					return m.ent;
			}
			// "footage of Lee saying", "Lee asking": the person right before the participle.
			const near = this.mentionEndingAt(v);
			if (near && personLike(near.ent)) return near.ent;
			return this.mainSubject(v, v);
		}
		let b = v;
		let skips = 0;
		while (b > 0 && skips < 5) {
			const p = this.tok(b - 1)!;
			if (p.quoted) break;
			if (SKIP.has(p.lower) || /^\d{4}$/.test(p.t)) {
				b--;
				skips++;
				continue;
			}
			break;
		}
		const m = this.mentionEndingAt(b) ?? this.mentionEndingAt(this.beforeBrackets(b));
		if (m) return m.ent;
		const p = this.tok(b - 1);
		if (p && (p.t === ',' || p.lower === 'and' || p.lower === 'but')) return this.mainSubject(v, v);
		return null;
	}

	/** Relay markers after token k in the same sentence: "as cited by X", "quoted by X", "in a X report". */
	viaAfter(k: number, end: number, speaker: Ent | null): Ent[] {
		const out: Ent[] = [];
		for (let x = k; x < Math.min(end, k + 40); x++) {
			const t = this.tok(x)!;
			if (t.quoted) break;
			if (
				(t.lower === 'by' && /^(?:cited|quoted|reported)$/.test(this.tok(x - 1)?.lower ?? '')) ||
				(t.lower === 'to' && this.tok(x - 1)?.lower === 'according')
			) {
				let y = x + 1;
				if (this.tok(y)?.lower === 'the') y++;
				const m = this.mentionIn(x + 1, y + 1);
				if (m && m.ent !== speaker) out.push(m.ent);
			}
			if (t.lower === 'in') {
				const m0 = this.mentionStartingAt(x + 1);
				const m = m0 && m0.ent.type === 'document' ? m0 : undefined;
				if (m && m.ent.owner && m.ent.owner !== speaker) out.push(m.ent.owner);
				const m2 = this.mentionsIn(x + 2, x + 4).find((mm) => mm.ent.type === 'media');
				if (m2 && m2.ent !== speaker && /^(?:a|an|the)$/.test(this.tok(x + 1)?.lower ?? ''))
					out.push(m2.ent);
			}
		}
		return out;
	}

	/** "said X", "X said", "X quoted Y as saying", "X is quoted as saying" starting at token k. */
	cueAt(k: number, end: number): Attribution | null {
		while (k < end && (this.tok(k)!.t === ',' || this.tok(k)!.t === '.')) k++;
		const t = this.tok(k);
		if (!t || t.quoted) return null;
		if (isVerb(t)) {
			if (/ing$/.test(t.lower)) return null;
			let y = k + 1;
			while (y < end && SKIP.has(this.tok(y)!.lower) && !this.mentionStartingAt(y)) y++;
			let m = this.mentionStartingAt(y);
			// "said opposition lawmaker Rania Saleh": role words before the name.
			for (let z = y; !m && z < Math.min(end, y + 5); z++) {
				const tz = this.tok(z)!;
				if (!tz.word || tz.quoted || isVerb(tz)) break;
				const mz = this.mentionStartingAt(z + 1);
				if (mz && mz.ent.type === 'person') m = mz;
			}
			if (m) {
				this.docOwner(m, end);
				return { speaker: m.ent, cue: this.text(k, m.j), via: this.viaAfter(m.j, end, m.ent) };
			}
			return null;
		}
		const m0 = this.mentionStartingAt(k);
		const m =
			m0 && !isVerb(this.tok(this.pastBrackets(m0.j)))
				? (this.mentionAfterModifiers(k, end) ?? m0)
				: (m0 ?? this.mentionAfterModifiers(k, end));
		if (!m) return null;
		let v = isVerb(this.tok(m.j)) ? m.j : this.pastPlace(this.pastBrackets(m.j));
		// "Carl Szabo, the group's general counsel, said": skip the appositive (of up to three commas).
		if (this.tok(v)?.t === ',') v = this.pastAppositive(v, end) ?? v;
		let skips = 0;
		while (v < end && !isVerb(this.tok(v)) && skips < 3) {
			if (!SKIP.has(this.tok(v)!.lower)) return null;
			v++;
			skips++;
		}
		if (v >= end || !isVerb(this.tok(v))) return null;
		const vt = this.tok(v)!;
		if (vt.lower === 'quoted' || vt.lower === 'cited') {
			const n = this.mentionStartingAt(v + 1);
			if (n && this.tok(n.j)?.lower === 'as')
				return {
					speaker: n.ent,
					cue: this.text(k, n.j + 2),
					via: [m.ent, ...this.viaAfter(n.j, end, n.ent)]
				};
		}
		return { speaker: m.ent, cue: this.text(k, v + 1), via: this.viaAfter(v + 1, end, m.ent) };
	}

	/** The speech verb after an appositive opening with the comma at k: "X, 82, told", "X, a fellow, said". */
	private pastAppositive(k: number, end: number): number | null {
		const lim = Math.min(end, k + 40);
		for (let c = k + 1, commas = 0; c < lim && commas < 3; c++) {
			const t = this.tok(c)!;
			if (t.quoted || t.t === '.' || t.t === ';') return null;
			if (t.t === ',') {
				commas++;
				if (isVerb(this.tok(c + 1))) return c + 1;
			}
		}
		return null;
	}

	/** Past a short phrase placing the speaker: "a narrator in the ad asks", "a lawyer for the city said". */
	private pastPlace(k: number): number {
		if (!/^(?:in|at|from|for|with|of|on)$/.test(this.tok(k)?.lower ?? '')) return k;
		const m = this.mentionIn(k + 1, k + 3);
		return m && isVerb(this.tok(m.j)) ? m.j : k;
	}

	/** Past a short bracketed aside at token k: "Rep. Dana Holt (D-Ore.) said". */
	pastBrackets(k: number): number {
		if (this.tok(k)?.t !== '(') return k;
		for (let c = k + 1; c < k + 8; c++) if (this.tok(c)?.t === ')') return c + 1;
		return k;
	}

	/** Before a short bracketed aside ending just before token k. */
	beforeBrackets(k: number): number {
		if (this.tok(k - 1)?.t !== ')') return k;
		for (let c = k - 2; c > k - 9 && c >= 0; c--) if (this.tok(c)?.t === '(') return c;
		return k;
	}

	/** "a weary Lee said", "Harbour Party nominee Lee said": a speaking name after a few modifiers. */
	private mentionAfterModifiers(k: number, end: number): Mention | undefined {
		for (let z = k; z < Math.min(end, k + 4); z++) {
			const t = this.tok(z)!;
			if (!t.word || t.quoted || isVerb(t) || NOT_MODIFIER.has(t.lower)) return undefined;
			const m = this.mentionStartingAt(z + 1);
			if (m && isVerb(this.tok(this.pastBrackets(m.j)))) return m;
		}
		return undefined;
	}

	/** "the report, authored by X": X owns the report. */
	docOwner(m: Mention, end: number): void {
		if (m.ent.type !== 'document') return;
		let y = m.j;
		if (this.tok(y)?.t === ',') y++;
		if (
			!/^(?:authored|written|published|released|issued|compiled|prepared|produced)$/.test(
				this.tok(y)?.lower ?? ''
			)
		)
			return;
		if (this.tok(y + 1)?.lower !== 'by') return;
		const o = this.mentionIn(y + 2, Math.min(end, y + 5));
		if (o && o.ent !== m.ent) m.ent.owner = o.ent;
	}

	text(a: number, b: number): string {
		const ta = this.tok(a);
		const tb = this.tok(b - 1);
		if (!ta || !tb) return '';
		return this.src.slice(ta.start, tb.end);
	}

	/** Nearest speech verb before the quote in its sentence, with its subject. */
	verbBefore(open: number): Attribution | null {
		const s = Math.max(this.sentStart(open), open - 60);
		for (let v = open - 1; v >= s; v--) {
			const t = this.tok(v)!;
			if (!isVerb(t)) continue;
			if (NAMING_VERBS.has(t.lower) && open - v > 7) continue;
			const subj = this.subjectOf(v);
			if (subj) return { speaker: subj, cue: t.t, via: this.relayBefore(v) };
		}
		return null;
	}

	/** Whether the sentence holding token k has a speech verb outside quotes (cached per sentence). */
	hasVerb(k: number): boolean {
		const sent = this.tok(k)?.sent ?? -1;
		let v = this.verbSent.get(sent);
		if (v === undefined) {
			v = false;
			for (let x = this.sentStart(k); x < this.sentEnd(k) && !v; x++) v = isVerb(this.tok(x));
			this.verbSent.set(sent, v);
		}
		return v;
	}

	/** "Yonhap quoted an official as saying": Yonhap relays. */
	relayBefore(v: number): Ent[] {
		if (!/ing$/.test(this.tok(v)!.lower) || this.tok(v - 1)?.lower !== 'as') return [];
		const m = this.mentionEndingAt(v - 1);
		if (!m) return [];
		const q = this.tok(m.i - 1);
		if (q && /^(?:quoted|cited)$/.test(q.lower)) {
			const r = this.subjectOf(m.i - 1);
			return r ? [r] : [];
		}
		if (q?.lower === 'by') return [m.ent];
		return [];
	}

	/** "According to X" anywhere in the sentence. */
	accordingTo(k: number): Attribution | null {
		const sent = this.tok(k)?.sent ?? -1;
		if (this.according.has(sent)) return this.according.get(sent)!;
		const s = this.sentStart(k);
		const e = this.sentEnd(k);
		let found: Attribution | null = null;
		for (let x = s; x < e - 1 && !found; x++) {
			if (this.tok(x)!.lower === 'according' && this.tok(x + 1)!.lower === 'to') {
				const m = this.mentionIn(x + 2, x + 4);
				if (m) found = { speaker: m.ent, cue: this.text(x, m.j), via: [] };
			}
		}
		this.according.set(sent, found);
		return found;
	}

	/** Token index of the first token at or after offset. */
	at(offset: number): number {
		const ts = this.p.tokens;
		let lo = 0;
		let hi = ts.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (ts[mid]!.start < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Attribute one quote; `prev` is the attribution of the quote before it in this paragraph. */
	attribute(q: QuoteSpan, prev: Attribution | null, carried: Ent | null): Attribution {
		const open = this.at(q.open);
		const close = this.at(q.close);
		const closeSent = this.tok(close - 1)?.sent;
		const afterOk = this.tok(close) !== undefined && this.tok(close)!.sent === closeSent;
		const end = afterOk ? this.sentEnd(close) : close;
		const after = afterOk ? this.cueAt(close, end) : this.cueAfterAsking(q, close);
		const sentHasLead = open > this.sentStart(open);
		const credit = this.dashCredit(close) ?? this.transcriptLabel(q);
		if (credit) return credit;
		if (q.kind === 'full') {
			if (after) return after;
			const lead = this.leadCue(open);
			if (lead) return lead;
			// "“…,” as his father hoped, Mr. Lee said.": the cue follows an aside.
			const aside = afterOk ? this.trailingCue(close) : null;
			if (aside) return aside;
			if (prev && prev.speaker) return { speaker: prev.speaker, cue: 'continues', via: prev.via };
			// "X said the airline had refused talks. \"This was never about pay.\"": X goes on.
			const earlier = this.speechSubject(open);
			if (!sentHasLead && earlier) return { speaker: earlier, cue: 'continues', via: [] };
			if (!sentHasLead && carried) return { speaker: carried, cue: 'continues', via: [] };
			const vb = this.verbBefore(open);
			if (vb) return vb;
			const acc = this.accordingTo(open);
			if (acc) return acc;
			return { speaker: null, cue: null, via: [] };
		}
		// "so-called": the writer's own distancing marks, nobody's words.
		if ([this.tok(open - 1)?.lower, this.tok(open - 2)?.lower].includes('so-called'))
			return { speaker: null, cue: null, via: [] };
		const vb = this.verbBefore(open);
		if (vb)
			return { ...vb, via: [...vb.via, ...this.viaAfter(close, this.sentEnd(close), vb.speaker)] };
		if (after) return after;
		const acc = this.accordingTo(open);
		if (acc) return acc;
		const subj = this.mainSubject(open, open);
		const sentHasVerb = this.hasVerb(open);
		if (subj && ((subj.type !== 'group' && !subj.unnamed) || sentHasVerb))
			return { speaker: subj, cue: null, via: this.trailing(close) };
		const trail = this.trailingCue(close);
		if (trail) return trail;
		if (prev && prev.speaker && !sentHasLead)
			return { speaker: prev.speaker, cue: 'continues', via: prev.via };
		if (carried && !sentHasLead) return { speaker: carried, cue: 'continues', via: [] };
		return { speaker: null, cue: null, via: [] };
	}

	/** A transcript's turn quoted whole: "“HOLT: We will not back down.”" is Holt's. */
	transcriptLabel(q: QuoteSpan): Attribution | null {
		if (!this.reg || q.kind !== 'full') return null;
		const m = TRANSCRIPT_LABEL.exec(this.src.slice(q.start, q.start + 40));
		if (!m) return null;
		const words = m[1]!
			.split(' ')
			.map((w) => w[0] + w.slice(1).toLowerCase())
			.filter((w, k, all) => k === all.length - 1 || !isTitle(w));
		const known = this.reg.person(words.slice(-1));
		const speaker =
			known ?? this.reg.org(words.join(' ')) ?? this.reg.create(words.join(' '), 'person');
		return { speaker, cue: `${m[1]}:`, via: [] };
	}

	/** "“We stay.” — Ana Ruiz": a dash and a name closing the paragraph credit the quote. */
	private dashCredit(close: number): Attribution | null {
		if (!/^[—―–-]$/.test(this.tok(close)?.t ?? '')) return null;
		const m = this.mentionStartingAt(close + 1);
		if (!m) return null;
		const rest = this.tok(m.j);
		if (rest && !/^[.,]$/.test(rest.t)) return null;
		return { speaker: m.ent, cue: this.text(close, m.j), via: [] };
	}

	/** "“Why now?” Lee asked.": a question or exclamation closes its sentence, and the cue follows. */
	private cueAfterAsking(q: QuoteSpan, close: number): Attribution | null {
		if (!/[?!]$/.test(this.src.slice(q.start, q.end).trimEnd())) return null;
		const next = this.tok(close);
		return next ? this.cueAt(close, this.sentEnd(close)) : null;
	}

	/** A cue ending in a colon or comma right before the opening mark: `X said: "..."`. */
	leadCue(open: number): Attribution | null {
		const p = this.tok(open - 1);
		if (!p || (p.t !== ':' && p.t !== ',')) return null;
		const s = this.sentStart(open);
		for (let v = open - 2; v >= Math.max(s, open - 40); v--) {
			if (isVerb(this.tok(v))) {
				const subj = this.subjectOf(v);
				if (subj) return { speaker: subj, cue: this.tok(v)!.t, via: [] };
				break;
			}
		}
		if (p.t === ':') {
			const subj = this.mainSubject(open, open);
			if (subj) return { speaker: subj, cue: ':', via: [] };
		}
		return null;
	}

	/** "..., state news agency Tanjug said." at the end of the sentence. */
	trailingCue(close: number): Attribution | null {
		const e = Math.min(this.sentEnd(Math.max(0, close - 1)), close + 60);
		// Every cue has a speech verb: none ahead, no cue (keeps figure-dense text linear).
		if (this.nextVerb(close) >= e) return null;
		for (let k = close; k < e; k++) {
			if (this.tok(k)!.quoted) return null;
			if (this.tok(k)!.t === ',') {
				const a = this.cueAt(k + 1, e);
				if (a) return a;
			}
		}
		return null;
	}

	trailing(close: number): Ent[] {
		const t = this.trailingCue(close);
		return t && t.speaker ? [t.speaker] : [];
	}

	/** The speaker of a speech verb outside quotes in this paragraph (for carrying to the next). */
	speechSubject(before = this.p.tokens.length): Ent | null {
		// The last speech verb with a subject, looking back a bounded distance.
		for (let v = before - 1; v >= Math.max(0, before - 120); v--) {
			const t = this.p.tokens[v]!;
			if (t.quoted || !isVerb(t) || NAMING_VERBS.has(t.lower)) continue;
			const s = this.subjectOf(v);
			if (s) return s;
		}
		return null;
	}
}

/** Documents introduced with "a report by X", "in a statement": find their owners. */
export function assignDocOwners(p: Para): void {
	const a = new Attributor(p, '');
	for (const m of p.mentions) {
		const e = m.ent;
		if (e.type !== 'document' || m.kind !== 'anaphor') continue;
		const end = a.sentEnd(m.i);
		// "by X" / "from X" shortly after.
		for (let y = m.j; y < Math.min(end, m.j + 4); y++) {
			const t = a.tok(y)!;
			if (t.quoted || t.t === ',' || t.t === '.') break;
			if (t.lower === 'by' || t.lower === 'from' || t.lower === 'of') {
				const ms = a.mentionsIn(y + 1, y + 7).filter((mm) => mm.ent !== e);
				let pick: Mention | undefined;
				for (const mm of ms) {
					if (a.tok(mm.i - 1)?.t === ',' && pick) break;
					if (mm.ent.type !== 'place') pick = mm;
					else if (!pick) pick = mm;
				}
				if (pick && !e.owner) e.owner = pick.ent;
				break;
			}
		}
		if (e.owner) continue;
		const before = a.tok(m.i - 1)?.lower ?? '';
		const verbNear = p.tokens
			.slice(Math.max(a.sentStart(m.i), m.i - 4), m.i)
			.some((t) => /^(?:issued|released|published|posted|made|sent|wrote|put)$/.test(t.lower));
		if (before === 'in' || before === 'with' || before === 'through' || verbNear) {
			const subj = a.mainSubject(m.i, m.i);
			if (subj && subj !== e) e.owner = subj;
		}
	}
}
