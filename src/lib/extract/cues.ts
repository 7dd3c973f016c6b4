/** Cues: the speech verb of a sentence and its subject ("X said", "said X", "according to X"), relays and asides. */
import type { Ent, Mention } from './registry';
import { NAMING_VERBS } from './lexicon';
import { personLike } from './coreference';
import { isVerb, usedAsNoun } from './para-index';
import { SubjectReader } from './subjects';

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
/** An auxiliary or adverb between a speaker and the verb: "has since", "jokingly". */
const skippable = (w: string): boolean => SKIP.has(w.toLowerCase()) || /^[a-z]{4,}ly$/.test(w);

/** Words that end a run of modifiers before a name: clauses, not adjectives. */
const NOT_MODIFIER = new Set(
	'and but or nor then as while when because although though if so that which who whom whose where after before since until also not to of in on at for with by from'.split(
		' '
	)
);

/** Reads speech cues in one paragraph; the speakers stage builds on it. */
export class CueReader extends SubjectReader {
	private according = new Map<number, Attribution | null>();
	private verbSent = new Map<number, boolean>();

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
			// "…, Lee said, adding that …": the participle goes on from the speech verb before it.
			for (let x = v - 1; x >= Math.max(this.sentStart(v), v - 25); x--) {
				const tx = this.tok(x)!;
				if (tx.quoted || !isVerb(tx) || /ing$/.test(tx.lower)) continue;
				const said = this.subjectOf(x);
				if (said) return said;
				break;
			}
			return this.mainSubject(v, v);
		}
		let b = v;
		let skips = 0;
		while (b > 0 && skips < 5) {
			const p = this.tok(b - 1)!;
			if (p.quoted) break;
			if (skippable(p.t) || /^\d{4}$/.test(p.t)) {
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
		// A stray closing mark ("''We lost,''' Lee said") is no word.
		while (k < end && /^[,.'’”"]$/.test(this.tok(k)!.t)) k++;
		const t = this.tok(k);
		if (!t || t.quoted) return null;
		if (isVerb(t)) {
			if (/ing$/.test(t.lower)) return null;
			let y = k + 1;
			while (y < end && skippable(this.tok(y)!.t) && !this.mentionStartingAt(y)) y++;
			let m = this.mentionStartingAt(y);
			if (m) m = this.describedPerson(m) ?? m;
			// "said opposition lawmaker Rania Saleh": role words before the name.
			// "said another Ostland user, Ana Ruiz", "said former secretary of state Ana Ruiz".
			for (let z = y; !m && z < Math.min(end, y + 7); z++) {
				const tz = this.tok(z)!;
				const mz = this.mentionStartingAt(z + 1);
				if (mz && mz.ent.type === 'person' && (tz.word || tz.t === ',')) m = mz;
				else if (!tz.word || tz.quoted || (isVerb(tz) && this.tok(z - 1)?.lower !== 'of')) break;
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
		// "the spokesman, Tom Alder, said": the name took in the role before it, so only a comma is left.
		if (this.tok(v)?.t === ',')
			v = isVerb(this.tok(v + 1)) ? v + 1 : (this.pastAppositive(v, end) ?? v);
		let skips = 0;
		while (v < end && !isVerb(this.tok(v)) && skips < 3) {
			if (!skippable(this.tok(v)!.t)) return null;
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
			// A full stop ends the sentence, unless it closes an abbreviation: "Alder, R-Ky., said".
			const abbreviation = t.t === '.' && this.tok(c + 1)?.t === ',';
			if (t.quoted || (t.t === '.' && !abbreviation) || t.t === ';') return null;
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

	/** Nearest speech verb before the quote in its sentence, with its subject. */
	verbBefore(open: number): Attribution | null {
		const s = Math.max(this.sentStart(open), open - 60);
		for (let v = open - 1; v >= s; v--) {
			const t = this.tok(v)!;
			const claim = this.possessorOfClaim(v);
			if (claim) return { speaker: claim, cue: this.text(v - 1, v + 1), via: [] };
			if (!isVerb(t)) continue;
			if (NAMING_VERBS.has(t.lower) && open - v > 7) continue;
			const subj = this.subjectOf(v);
			if (subj) return { speaker: subj, cue: t.t, via: this.relayBefore(v) };
		}
		return null;
	}

	/** "Lee's claim that ...": the owner of a speech noun that a clause follows speaks. */
	private possessorOfClaim(v: number): Ent | null {
		if (!usedAsNoun(this.tok(v)) || this.tok(v + 1)?.lower !== 'that') return null;
		const m = this.mentionEndingAt(v);
		return m && /['’]s?$/.test(this.tok(v - 1)!.t) ? m.ent : null;
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

	/** "as X put it" at token x: X (past an appositive, the person in "The Post's Ana Ruiz"), or null. */
	private asPutIt(x: number): Attribution | null {
		if (this.tok(x)!.lower !== 'as' || !this.mentionIn(x + 1, x + 3)) return null;
		let y = x + 1;
		while (y < x + 20 && this.tok(y + 1) && !this.tok(y)!.quoted) {
			if (/^puts?$/.test(this.tok(y)!.lower) && this.tok(y + 1)!.lower === 'it') break;
			y++;
		}
		if (!/^puts?$/.test(this.tok(y)?.lower ?? '') || this.tok(y + 1)?.lower !== 'it') return null;
		const ms = this.mentionsIn(x + 1, y);
		// "as Ana Ruiz, a historian, put it": the first mention; else the one right before "put".
		const m = this.tok(y - 1)?.t === ',' ? ms[0] : (this.mentionEndingAt(y) ?? ms[ms.length - 1]);
		return m ? { speaker: m.ent, cue: this.text(x, y + 2), via: [] } : null;
	}

	/** "According to X" or "as X put it" anywhere in the sentence. */
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
			found = found ?? this.asPutIt(x);
		}
		this.according.set(sent, found);
		return found;
	}
}
