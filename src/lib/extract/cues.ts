/** Cues: the speech verb of a sentence and its subject ("X said", "said X", "X, a lawyer, said"), claims and asides. */
export type { Attribution } from './relays';
import type { Ent, Mention } from './registry';
import { NAMING_VERBS } from './lexicon';
import { isVerb, usedAsNoun } from './para-index';
import { RelayReader, type Attribution } from './relays';
import { skippable } from './subjects';

/** Words that end a run of modifiers before a name: clauses, not adjectives. */
const NOT_MODIFIER = new Set(
	'and but or nor then as while when because although though if so that which who whom whose where after before since until also not to of in on at for with by from'.split(
		' '
	)
);

/** Reads speech cues in one paragraph; the speakers stage builds on it. */
export class CueReader extends RelayReader {
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

	/** "a weary Lee said", "Harbour Party nominee Lee said": a speaking name after a few modifiers. */
	private mentionAfterModifiers(k: number, end: number): Mention | undefined {
		for (let z = k; z < Math.min(end, k + 4); z++) {
			const t = this.tok(z)!;
			if (!t.word || t.quoted || isVerb(t) || NOT_MODIFIER.has(t.lower)) return undefined;
			const m = this.mentionStartingAt(z + 1);
			if (!m) continue;
			// "the economist Dana Holt, a former adviser, wrote": past the appositive too.
			const v = this.pastBrackets(m.j);
			if (isVerb(this.tok(v)) || (this.tok(v)?.t === ',' && this.pastAppositive(v, end) !== null))
				return m;
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
		for (let v = this.cueBefore(open); v >= s; v = this.cueBefore(v)) {
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

	/** Whether the sentence holding token k has a speech verb outside quotes. */
	hasVerb(k: number): boolean {
		return this.nextVerb(this.sentStart(k)) < this.sentEnd(k);
	}
}
