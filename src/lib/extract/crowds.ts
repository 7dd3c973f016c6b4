/** Crowds: unnamed groups that speak ("those surveyed said", "41 percent called it"), and names
 *  inside what is said, which never speak for it. */
import type { Mention, Registry } from './registry';
import { NAMING_VERBS, set } from './lexicon';
import { CueReader, type Attribution } from './cues';
import { isVerb, type Para } from './para-index';
import { isPossessive } from './words';

/** First words of a crowd that speaks without a name: "those polled", "most of them", "half". */
const CROWD_OPENERS =
	/^(?:those|many|most|some|others|all|both|half|few|several|nearly|almost|about|roughly|majority)$/;

/** Words that open a clause, so the crowd before a verb starts after them. */
const CLAUSE_OPENERS = new Set(
	'while whereas though although as when because since if but and or yet so that where after before'.split(
		' '
	)
);

const PRONOUNS = set('i you he she it we they me him her us them');

/** Words after which a speech verb's form is a noun: "her claim", "the statement". */
const DETERMINERS = set('a an the her his their its our my your this that these those');

/** Reads crowds and reported clauses; the speakers stage builds on it. */
export class CrowdReader extends CueReader {
	constructor(
		p: Para,
		src: string,
		/** Makes the entity of a crowd and names transcript labels; without it neither is read. */
		protected reg: Registry | null = null
	) {
		super(p, src);
	}

	/** Whether a mention follows a speech verb in its own clause, so is inside what is said ("those
	 *  surveyed said Kent has …": Kent is talked about). A verb opening the sentence ("Asked about
	 *  it, Kent …") or naming ("called Kent") reports nothing of the mention. */
	reportedBy(m: Mention): boolean {
		const s = this.sentStart(m.i);
		let v = m.i - 1;
		// The verb in the mention's own clause: no punctuation between, at most a few words back.
		while (v > Math.max(s, m.i - 6) && this.tok(v)!.word && !isVerb(this.tok(v))) v--;
		const t = this.tok(v)!;
		const before = this.tok(v - 1)!;
		// "her claim that she …": after a determiner the verb's form is a noun.
		return (
			v > s &&
			isVerb(t) &&
			!NAMING_VERBS.has(t.lower) &&
			before.word &&
			!before.cap &&
			!DETERMINERS.has(before.lower)
		);
	}

	/** "those surveyed said", "most of those polled say", "while 30 percent called it": an unnamed
	 *  crowd of a few words right before the speech verb nearest the quote speaks, as a group (one
	 *  made for it). */
	crowdBefore(open: number): Attribution | null {
		const s = this.sentStart(open);
		const lim = Math.max(s, open - 40);
		let v = open - 1;
		while (v > lim && !isVerb(this.tok(v))) v = Math.max(lim, this.cueBefore(v));
		return v > s ? this.crowdSpeaking(v, s) : null;
	}

	/** "“He is too cautious,” most of those polled said.": the crowd after a whole quote. */
	crowdAfter(close: number): Attribution | null {
		let k = close;
		while (/^[,'’”"]$/.test(this.tok(k)?.t ?? '')) k++;
		let v = k;
		while (v < k + 6 && this.tok(v)?.word && !this.tok(v)!.quoted && !isVerb(this.tok(v))) v++;
		return v > k ? this.crowdSpeaking(v, k) : null;
	}

	/** The crowd of words in [lo, v) right before the speech verb at v, or null. */
	private crowdSpeaking(v: number, lo: number): Attribution | null {
		if (!this.reg || !isVerb(this.tok(v)) || this.mentionEndingAt(v)) return null;
		let b = v;
		while (b > Math.max(lo, v - 5) && this.tok(b - 1)!.word && !this.tok(b - 1)!.quoted) {
			const w = this.tok(b - 1)!.lower;
			if (CLAUSE_OPENERS.has(w)) break;
			// "all she could do was": a pronoun speaks for itself; "Some relatives' placards read": a
			// possessive makes it a thing of theirs; no crowd either way.
			if (PRONOUNS.has(w) || isPossessive(this.tok(b - 1)!.t)) return null;
			b--;
		}
		const first = this.tok(b);
		const share =
			/^\d/.test(first?.t ?? '') && /^(?:%|percent)$/.test(this.tok(b + 1)?.lower ?? '');
		if (b === v || !first || !(share || CROWD_OPENERS.test(first.lower))) return null;
		const phrase = this.text(b, v);
		const speaker = this.reg.org(phrase) ?? this.reg.create(phrase, 'group');
		speaker.unnamed = true;
		return { speaker, cue: this.tok(v)!.t, via: [] };
	}
}
