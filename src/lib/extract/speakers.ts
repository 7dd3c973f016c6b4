/** Speakers: attribute each quote from speech cues before, after or around it; keep relay chains. */
import type { Ent, Registry } from './registry';
import type { QuoteSpan } from './quotes';
import { NAMING_VERBS } from './lexicon';
import { isTitle } from './words';
import type { Attribution } from './cues';
import { CrowdReader } from './crowds';
import { isVerb, type Para } from './para-index';
import { personLike } from './coreference';
import { lastNonSpace } from './chars';

export type { Attribution } from './cues';
export type { Para } from './para-index';
export { assignDocOwners } from './doc-owners';

/** A speaker's name in capitals and a colon opening a turn of a transcript: "HOLT:", "MS. RUIZ:". */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}): /u;

/** No speaker found (one shared answer: attributions are never changed once made). */
const NOBODY: Attribution = { speaker: null, cue: null, via: [] };

/** A quote with no cue of its own goes on from the quote before it, else from the speaker carried in. */
export const goesOn = (prev: Attribution | null, carried: Ent | null): Attribution =>
	prev?.speaker
		? { speaker: prev.speaker, cue: 'continues', via: prev.via }
		: carried
			? { speaker: carried, cue: 'continues', via: [] }
			: NOBODY;

export class Attributor extends CrowdReader {
	constructor(
		p: Para,
		src: string,
		/** Names the speaker of a transcript label ("SMITH: ..."); without it labels are not read. */
		reg: Registry | null = null
	) {
		super(p, src, reg);
	}

	/** The cue right after a quote in its sentence, if any: `“…,” added Rep. Dana Holt.` */
	cueAfter(q: QuoteSpan): Attribution | null {
		const close = this.at(q.close);
		const next = this.tok(close);
		if (!next || next.sent !== this.tok(close - 1)?.sent) return null;
		return this.cueAt(close, this.sentEnd(close));
	}

	/** Attribute one quote; `prev` is the attribution of the quote before it in this paragraph. */
	attribute(q: QuoteSpan, prev: Attribution | null, carried: Ent | null): Attribution {
		const open = this.at(q.open);
		const close = this.at(q.close);
		const closeSent = this.tok(close - 1)?.sent;
		const afterOk = this.tok(close) !== undefined && this.tok(close)!.sent === closeSent;
		const end = afterOk ? this.sentEnd(close) : close;
		const after = afterOk ? this.cueAt(close, end) : this.cueAfterAsking(q, close);
		// "By Friday, on KXTV: “…”": a lead naming only the medium leaves the speaker to go on.
		const sentHasLead = open > this.sentStart(open) && !this.mediumLeadOnly(open);
		const credit = this.dashCredit(close) ?? this.transcriptLabel(q);
		if (credit) return credit;
		if (q.kind === 'full') {
			if (after) return after;
			const crowd = afterOk ? this.crowdAfter(close) : null;
			if (crowd) return crowd;
			const lead = this.leadCue(open);
			if (lead) return lead;
			// "“…,” as his father hoped, Mr. Lee said.": the cue follows an aside.
			const aside = afterOk ? this.trailingCue(close) : null;
			if (aside) return aside;
			if (prev?.speaker) return goesOn(prev, null);
			// "X said the airline had refused talks. \"This was never about pay.\"": X goes on; else the
			// speaker carried into the paragraph.
			const earlier = this.speechSubject(open) ?? carried;
			if (!sentHasLead && earlier) return goesOn(null, earlier);
			const vb = this.verbBefore(open);
			if (vb) return vb;
			const acc = this.accordingTo(open);
			if (acc) return acc;
			return NOBODY;
		}
		// "so-called": the writer's own distancing marks, nobody's words.
		if (this.tok(open - 1)?.lower === 'so-called' || this.tok(open - 2)?.lower === 'so-called')
			return NOBODY;
		// "Most of those polled say Kent is “out of touch”": the poll's respondents speak, never the
		// person named inside what they say.
		const crowd = this.crowdBefore(open);
		if (crowd) return crowd;
		const vb = this.verbBefore(open);
		if (vb)
			return { ...vb, via: [...vb.via, ...this.viaAfter(close, this.sentEnd(close), vb.speaker)] };
		if (after) return after;
		const acc = this.accordingTo(open);
		if (acc) return acc;
		// "Democrats had “put the biggest crack” in it, she said.": a person's closing cue names the
		// speaker; an outlet's ("…, the agency reported.") relays the subject's words.
		const trail = this.trailingCue(close);
		if (trail?.speaker && personLike(trail.speaker)) return trail;
		const sm = this.mainSubjectMention(open, open);
		const subj = sm && !this.reportedBy(sm) ? sm.ent : null;
		const sentHasVerb = this.hasVerb(open);
		if (subj && ((subj.type !== 'group' && !subj.unnamed) || sentHasVerb))
			return { speaker: subj, cue: null, via: trail?.speaker ? [trail.speaker] : [] };
		if (trail) return trail;
		return sentHasLead ? NOBODY : goesOn(prev, carried);
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
		if (!/[?!]/.test(this.src[lastNonSpace(this.src, q.start, q.end)]!)) return null;
		const next = this.tok(close);
		return next ? this.cueAt(close, this.sentEnd(close)) : null;
	}

	/** Whether the words before the quote only place it in a medium, with no speech verb and no
	 *  person: "By Friday, on KXTV:". */
	private mediumLeadOnly(open: number): boolean {
		if (this.tok(open - 1)?.t !== ':') return false;
		const m = this.mentionEndingAt(open - 1);
		const s = this.sentStart(open);
		return (
			m !== undefined &&
			this.isMedium(m) &&
			this.nextVerb(s) >= open &&
			!this.mentionsIn(s, m.i).some((o) => o.ent.type === 'person')
		);
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
			// "HEADLINE - Dana Holt: “…”": a name right before the colon introduces the quote; "… told
			// Harbor Radio:", "later on KXTV:" name the listener or the medium, who does not speak.
			const m = this.mentionEndingAt(open - 1);
			const heard = m && (this.isMedium(m) || isVerb(this.tok(m.i - 1)));
			const named = m?.ent;
			if (named && !heard && named.type !== 'place' && !named.unnamed)
				return { speaker: named, cue: ':', via: [] };
			const subj = heard ? null : this.mainSubject(open, open);
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
