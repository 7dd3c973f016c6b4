/** Relays and source phrases: "according to X", "as X put it", "X quoted Y as saying", "as cited by X". */
import type { Ent, Mention } from './registry';
import { SubjectReader } from './subjects';

export interface Attribution {
	speaker: Ent | null;
	cue: string | null;
	via: Ent[];
}

/** Reads who relays a quote and the sentence's "according to" source; the cue reader builds on it. */
export class RelayReader extends SubjectReader {
	private according = new Map<number, Attribution | null>();

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
		const m = this.tok(y - 1)?.t === ',' ? ms[0] : (this.mentionEndingAt(y) ?? ms.at(-1));
		return m ? { speaker: m.ent, cue: this.text(x, y + 2), via: [] } : null;
	}

	/** A mention after up to four plain lowercase words from k: "longtime morning radio host Ana Ruiz". */
	private describedMention(k: number): Mention | undefined {
		const m = this.mentionIn(k, k + 5);
		if (!m) return undefined;
		for (let y = k; y < m.i; y++) {
			const t = this.tok(y)!;
			if (!t.word || t.cap || t.quoted) return undefined;
		}
		return m;
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
				const m = this.mentionIn(x + 2, x + 4) ?? this.describedMention(x + 2);
				if (m) found = { speaker: m.ent, cue: this.text(x, m.j), via: [] };
			}
			found = found ?? this.asPutIt(x);
		}
		this.according.set(sent, found);
		return found;
	}
}
