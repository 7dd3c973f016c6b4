/** Salience: how much each entity is in focus, after Lappin and Leass (1994): a mention weighs more
 *  for being a subject, not inside a prepositional phrase, a head noun and a speaker; every new
 *  sentence halves all weights; a pronoun goes to the most salient entity that fits it. */
import type { Token } from './tokens';
import type { Ent, Mention } from './registry';
import { set, SPEECH_VERBS } from './lexicon';
import { isPossessive } from './words';

/** Weights of a mention's features. */
export const WEIGHT = {
	recent: 100,
	subject: 80,
	/** Not the object of a preposition ("the comment by Dr. Song"). */
	direct: 50,
	/** Not a possessive modifier ("Song's comment"). */
	head: 80,
	/** Beside a speech verb ("Song said", "said Song"): speakers are what news pronouns mostly mean. */
	speaker: 160,
	/** What a new sentence leaves of every weight. */
	decay: 0.5,
	/** A mention of an entity already in focus adds its weight or the old one, whichever is larger, and
	 *  this share of the other: being named again counts, but an object named twice does not outweigh
	 *  the subject named once just before. */
	repeat: 0.4,
	/** A subject pronoun and an antecedent last seen as a subject: "Ruiz denied it. … she wrote". */
	parallel: 35
} as const;

/** Below this an entity has left the discourse. */
const FORGOTTEN = 1;

/** Words that make the mention after them the object of a preposition. */
const PREPOSITIONS = set(
	`of to with by for in at from on about against than like into onto upon over under between among ` +
		`through toward towards after before during since without behind beside via including despite`
);
/** Words skipped between a name and its speech verb: "Song also said", "Song has said". */
const AUX = set('also has have had was is would will could then later again repeatedly previously');

/** The entities in focus and their weights. */
export class Salience {
	private weights = new Map<Ent, number>();
	/** When each entity was last noted, to break ties towards the latest. */
	private noted = new Map<Ent, number>();
	private clock = 0;
	private sentence = '';
	/** Entities last mentioned as a subject: a subject pronoun leans to them (parallel roles). */
	private subjects = new Set<Ent>();
	/** The current sentence has had a mention that is neither a prepositional object nor a possessive. */
	private subjectTaken = false;

	/** Start a sentence (paragraph index and sentence index in it): older weights halve. */
	enter(para: number, sent: number): void {
		const key = `${para}:${sent}`;
		if (key === this.sentence) return;
		this.sentence = key;
		this.subjectTaken = false;
		for (const [e, w] of this.weights) {
			if (w * WEIGHT.decay < FORGOTTEN) this.weights.delete(e);
			else this.weights.set(e, w * WEIGHT.decay);
		}
	}

	/** Add weight to an entity; `subject` says whether this mention is its sentence's subject. */
	note(e: Ent, w: number, subject = false): void {
		if (subject) this.subjects.add(e);
		else this.subjects.delete(e);
		const old = this.weights.get(e) ?? 0;
		this.weights.set(e, Math.max(old, w) + WEIGHT.repeat * Math.min(old, w));
		this.noted.set(e, ++this.clock);
	}

	/** The latest mention, held until the next one shows it was not replaced by a longer one. */
	private pending: { para: number; tokens: readonly Token[]; m: Mention } | null = null;

	/** Note a mention found in a paragraph's tokens: its entity gains the weight of where it stands. A
	 *  mention that overlaps the one before replaces it ("The Transport Secretary, Mark Harper"). */
	noteMention(para: number, tokens: readonly Token[], m: Mention): void {
		const p = this.pending;
		if (p && !(p.para === para && p.tokens === tokens && p.m.j > m.i)) this.flush();
		this.pending = { para, tokens, m };
	}

	/** Weigh the mention held back, if any. */
	flush(): void {
		const p = this.pending;
		if (!p) return;
		this.pending = null;
		const { para, tokens, m } = p;
		this.enter(para, tokens[m.i]!.sent);
		const direct = isDirect(tokens, m.i);
		const head = isHead(tokens, m.j);
		// The subject: the first mention of its sentence that is neither a prepositional object nor a possessive.
		const subject = direct && head && !this.subjectTaken;
		const speaks = head && speaksAt(tokens, m);
		let w = WEIGHT.recent;
		if (direct) w += WEIGHT.direct;
		if (head) w += WEIGHT.head;
		if (subject) w += WEIGHT.subject;
		if (speaks) w += WEIGHT.speaker;
		// A word seen only opening sentences ("Asked about …, Lee said") may be no name: Lee is the subject.
		if (direct && head && (!m.ent.openerOnly || speaks)) this.subjectTaken = true;
		this.note(m.ent, w, subject);
	}

	/** Whether a pronoun at token i would be its sentence's subject. */
	subjectAt(para: number, tokens: readonly Token[], i: number): boolean {
		this.flush();
		this.enter(para, tokens[i]!.sent);
		return isDirect(tokens, i) && isHead(tokens, i + 1) && !this.subjectTaken;
	}

	/** The entity of the highest weight times its fit (0: does not fit), the latest noted on a tie; null
	 *  when nothing in focus fits. */
	best(fitOf: (e: Ent) => number, subject = false): Ent | null {
		this.flush();
		let top: Ent | null = null;
		let topW = 0;
		for (const [e, w0] of this.weights) {
			const f = fitOf(e);
			const w = f > 0 && subject && this.subjects.has(e) ? (w0 + WEIGHT.parallel) * f : w0 * f;
			if (w <= 0) continue;
			if (w > topW || (w === topW && top && this.noted.get(e)! > this.noted.get(top)!)) {
				top = e;
				topW = w;
			}
		}
		return top;
	}
}

/** Not the object of a preposition: no preposition right before token i in its sentence. */
function isDirect(tokens: readonly Token[], i: number): boolean {
	const prev = tokens[i - 1];
	return !(prev && prev.sent === tokens[i]!.sent && PREPOSITIONS.has(prev.lower));
}

/** Not a possessive: the mention ending before token j does not end in "'s". */
const isHead = (tokens: readonly Token[], j: number): boolean => !isPossessive(tokens[j - 1]!.t);

/** "Song said", "Song also told", "said Song": a speech verb right beside the mention. */
function speaksAt(tokens: readonly Token[], m: Mention): boolean {
	let k = m.j;
	while (tokens[k] && AUX.has(tokens[k]!.lower) && k < m.j + 2) k++;
	const after = tokens[k];
	const prev = tokens[m.i - 1];
	const isSpeech = (t: Token | undefined): boolean =>
		t !== undefined && !t.quoted && SPEECH_VERBS.has(t.lower);
	// "Ruiz asked Kent whether …": the one asked is who answers next, not the asker.
	if (isSpeech(after) && ASKING.has(after!.lower) && asksSomeone(tokens[k + 1])) return false;
	return isSpeech(after) || isSpeech(prev);
}

/** Verbs of asking: their object, not their subject, is the next to speak. */
const ASKING = set('asked asks ask questioned pressed quizzed');

/** Whether the token after an asking verb opens its object: a name, a pronoun or a noun phrase. */
const asksSomeone = (t: Token | undefined): boolean =>
	t !== undefined && !t.quoted && (t.cap || /^(?:him|her|them|the|a|an|his)$/.test(t.lower));

/** An entity's weight in focus now. For tests: a method would ship in the browser bundle unused. */
export function weightIn(focus: Salience, e: Ent): number {
	focus['flush']();
	return focus['weights'].get(e) ?? 0;
}
