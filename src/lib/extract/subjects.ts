/** Subjects: the grammatical subject of a sentence, past introductory phrases, places and subordinate clauses. */
import type { Ent, Mention } from './registry';
import { personLike } from './coreference';
import { isVerb, ParaIndex } from './para-index';
import { ROLE_HEADS, set } from './lexicon';
import { FUNCTION_WORDS, isTitle } from './words';

const INTRO = set(
	`according in on at after before depending for last during since with meanwhile however still despite while as ` +
		`when noting following by under amid earlier later separately but and yet so also instead this that`
);

/** Words after which a mention is the object of a preposition or the subject of a relative clause. */
const NOT_SUBJECT_AFTER = set(
	`in at on of to from for with by about after before during near over under against between like than into onto ` +
		`across through without within toward towards where which whom whose`
);

/** Prepositions that name a medium or a listener: "on Twitter", "via Facebook", "to reporters". */
const MEDIUM_AFTER = set('on via to');

const RELATIVE = set('which where who whose when');

/** Prepositions after an opening participle: "Speaking to", "Appearing on", "Asked by". */
const PARTICIPLE_OBJECT = set('on to with by about in at during');

/** Words after a sentence's first word that make it a time phrase: "Hours later,", "Years ago,". */
const TIME_AFTER = /^(?:later|earlier|after|before|ago|in|on)$/;

/** A sentence-opening word shaped like a participle or adverb: "Speaking", "Asked", "Hastily". */
const INTRO_SHAPE = /^\p{Lu}\p{Ll}{3,}(?:ing|ed|ly)$/u;

/** Nouns for what a person is that stand before a name: "presidential candidate Ana Ruiz". */
const CANDIDACY =
	/^(?:candidate|nominee|front-?runner|hopeful|contender|challenger|incumbent|leader)$/;
const describesPerson = (w: string): boolean =>
	ROLE_HEADS.has(w) || isTitle(w) || CANDIDACY.test(w);

const SKIP = set(
	`also reportedly repeatedly previously has have had was were is are would will could may might later then publicly ` +
		`recently allegedly further once again goes went go on to not never first earlier separately been ` +
		`initially subsequently finally simply flatly angrily bluntly sharply quickly immediately officially privately ` +
		`since already still just even only in monday tuesday wednesday thursday friday saturday sunday yesterday`
);
/** An auxiliary or adverb between a speaker and the verb: "has since", "jokingly". */
export const skippable = (w: string): boolean =>
	SKIP.has(w.toLowerCase()) || /^[a-z]{4,}ly$/.test(w);

/** Finds the subject of a sentence; the cue reader builds on it. */
export class SubjectReader extends ParaIndex {
	/** The grammatical subject of the sentence holding token k, ignoring an introductory phrase. */
	mainSubject(k: number, before: number): Ent | null {
		return this.mainSubjectMention(k, before)?.ent ?? null;
	}

	/** The mention that is the sentence's subject (see mainSubject). */
	mainSubjectMention(k: number, before: number): Mention | undefined {
		let s = this.sentStart(k);
		const first = this.tok(s);
		if (first && (INTRO.has(first.lower) || opensWithParticiple(this, s))) {
			let c = s;
			const lim = Math.min(before, s + 30);
			// "Speaking in Fernvale, which votes next, Lee said": a relative clause goes on to its comma.
			while (c < lim && (this.tok(c)!.t !== ',' || RELATIVE.has(this.tok(c + 1)?.lower ?? ''))) c++;
			if (c < lim) s = c + 1;
		}
		const lim = Math.min(before, s + 80);
		const ms = this.mentionsIn(s, lim);
		return ms.find((m) => canBeSubject(this, m, s)) ?? ms[0];
	}

	/** "Green presidential candidate Ana Ruiz": the person a capitalised modifier and role words describe. */
	describedPerson(m: Mention): Mention | null {
		for (let k = m.j; k < m.j + 3; k++) {
			const t = this.tok(k);
			if (!t || t.quoted || !t.word || t.cap || FUNCTION_WORDS.has(t.lower) || isVerb(t))
				return null;
			const n = this.mentionStartingAt(k + 1);
			if (n) return n.ent.type === 'person' && describesPerson(t.lower) ? n : null;
		}
		return null;
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
			let b = v;
			while (b > v - 3 && skippable(this.tok(b - 1)?.t ?? '')) b--;
			const near = this.mentionEndingAt(b);
			if (near && personLike(near.ent)) {
				if (!this.isMedium(near)) return near.ent;
				const turned = this.mentionEndingAt(near.i - 2);
				if (turned && personLike(turned.ent)) return turned.ent;
			}
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
		// "Lee was asked by the moderator, Ana Ruiz, …": the one asking speaks.
		if (t.lower === 'asked' && this.tok(v + 1)?.lower === 'by') {
			const asker = this.mentionIn(v + 2, v + 8);
			if (asker && asker.ent.type === 'person') return asker.ent;
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
		// "…, Lee turning to Twitter to call it …": the medium is no subject; who turned to it is, else
		// the sentence's subject ("Lee shared a note on Facebook reading …").
		if (m && this.isMedium(m)) {
			const turned = this.mentionEndingAt(m.i - 2);
			return turned && personLike(turned.ent) ? turned.ent : this.mainSubject(v, v);
		}
		if (m) return personOfBody(this, m).ent;
		const p = this.tok(b - 1);
		if (p && (p.t === ',' || p.lower === 'and' || p.lower === 'but')) return this.mainSubject(v, v);
		return null;
	}

	/** A medium or listener named after "on", "via" or "to" ("a note on Facebook", "turned to
	 *  Twitter"): the object of the preposition, not the one who speaks. */
	isMedium(m: Mention): boolean {
		return m.ent.type !== 'person' && MEDIUM_AFTER.has(this.tok(m.i - 1)?.lower ?? '');
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
}

/** "Appearing on Weekend Roundtable, …", "Asked by reporters, …": a participle and a preposition
 *  open the sentence, so the names up to the comma are the programme or the asker. */
function opensWithParticiple(r: SubjectReader, s: number): boolean {
	const first = r.tok(s)!;
	return (
		first.cap &&
		/(?:ing|ed)$/.test(first.lower) &&
		PARTICIPLE_OBJECT.has(r.tok(s + 1)?.lower ?? '') &&
		// A surname of that shape ("Fielding on Monday said") is a mention of one word.
		(r.mentionStartingAt(s)?.j ?? s + 2) > s + 1
	);
}

/** A mention may be the subject: no place, no object of a preposition, no introductory phrase. */
function canBeSubject(r: SubjectReader, m: Mention, s: number): boolean {
	const e = m.ent;
	if (r.describedPerson(m)) return false;
	// "Ottawa rejected the claims": a capital may speak for its government, but not "Ostland, on Sunday,".
	if ((e.type === 'place' || e.placeLike) && r.tok(m.j)?.t === ',') return false;
	if (r.tok(m.i - 1)?.t === ',' && r.tok(m.j)?.t === ',') {
		// "in Fernvale, Ostland, on Sunday": the region after a place.
		const before = r.mentionEndingAt(m.i - 1)?.ent;
		if (before && (before.type === 'place' || before.placeLike)) return false;
	}
	const prev = r.tok(m.i - 1);
	if (m.i > s && prev && NOT_SUBJECT_AFTER.has(prev.lower)) return false;
	if (m.i !== r.sentStart(m.i)) return true;
	return !opensWithIntro(r, m);
}

/** "Speaking to reporters, Lee said", "Hours later, Lee said": the first words are no subject. */
function opensWithIntro(r: SubjectReader, m: Mention): boolean {
	const first = r.tok(m.i)!;
	const next = r.tok(m.i + 1);
	if (isVerb(r.tok(m.j))) return false;
	if (m.ent.type === 'person' && !m.ent.openerOnly) return false;
	if (next && TIME_AFTER.test(next.lower) && !next.cap) return true;
	if (m.ent.unnamed && r.tok(m.j)?.t === ',') return true;
	return INTRO_SHAPE.test(first.t) && (m.ent.openerOnly === true || m.ent.unnamed);
}

/** "Judge Ana Ruiz of the Larkin County Court said": the person before "of", "at" or "from" a
 *  body is who speaks, the body only where they work. */
function personOfBody(r: SubjectReader, m: Mention): Mention {
	let k = m.i;
	if (r.tok(k - 1)?.lower === 'the') k--;
	if (!/^(?:of|at|from)$/.test(r.tok(k - 1)?.lower ?? '')) return m;
	const person = r.mentionEndingAt(k - 1);
	return person && person.ent.type === 'person' ? person : m;
}
