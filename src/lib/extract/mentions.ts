/** Mentions: walk a paragraph's tokens and find every mention of an entity, in order, by a list of rules. */
import type { Token } from './tokens';
import {
	CAP_STOP,
	GROUP_NOUNS,
	ROLE_HEADS,
	set,
	SPEECH_VERBS as SPEECH_VERB_FORMS
} from './lexicon';
import { roleGender, titleGender } from './gender';
import { personLike } from './coreference';
import { nameMention } from './names';
import {
	accordingToAt,
	determinerAt,
	groupNounAt,
	PARTY_OPENERS,
	partyMemberAt
} from './noun-phrases';
import type { Mention, Registry } from './registry';
import {
	CONNECT,
	DETS,
	INDEF,
	isAcronym,
	isMediaWord,
	isPossessive,
	isRunStart,
	placeOf,
	runEnd,
	textOf
} from './words';

/** Verbs whose object is the one spoken to. */
const TOLD = set('told tell tells telling');
/** How far into its sentence a mention may start and still be the subject. */
const SUBJECT_REACH = 6;

/** The scan of one paragraph: its tokens, the registry, and the mentions found so far. */
export class MentionScan {
	readonly out: Mention[] = [];
	private subjectSent = -1;
	constructor(
		readonly tokens: Token[],
		readonly reg: Registry,
		readonly src: string
	) {}

	tk(k: number): Token | undefined {
		return this.tokens[k];
	}
	/** A token exists at k and lies outside quotes. */
	free(k: number): boolean {
		const t = this.tokens[k];
		return t !== undefined && !t.quoted;
	}
	text(i: number, j: number): string {
		return textOf(this.tokens, i, j, this.src);
	}

	/** Record a mention (replacing any it overlaps) and update the discourse state. */
	add(m: Mention): void {
		const { out, tokens, reg } = this;
		while (out.length && out.at(-1)!.j > m.i) out.pop();
		out.push(m);
		reg.focus.noteMention(reg.para, tokens, m);
		if (m.ent.type === 'person' && !m.ent.gender)
			m.ent.gender = titleGender(tokens, m.i, m.j) ?? roleGender(m.ent.role);
		// "Okafor said": a word that speaks is a name, even at the start of a sentence.
		if (m.ent.openerOnly && SPEECH_VERB_FORMS.has(tokens[m.j]?.lower ?? ''))
			m.ent.openerOnly = false;
		// "told the BBC": the one told stays "heard only" until named any other way.
		const k = tokens[m.i - 1]?.lower === 'the' ? m.i - 2 : m.i - 1;
		const told = m.kind === 'name' && TOLD.has(tokens[k]?.lower ?? '');
		m.ent.heardOnly = told && m.ent.heardOnly !== false;
		reg.touch(m.ent);
		// A person opening a sentence is its subject: the likely "he" or "she" that follows.
		const sent = tokens[m.i]!.sent;
		if (
			personLike(m.ent) &&
			sent !== this.subjectSent &&
			tokens[m.i - SUBJECT_REACH]?.sent !== sent
		)
			reg.noteSubject(m.ent);
		this.subjectSent = sent;
	}
}

/** A rule looks at token i: it returns where the scan goes on, or -1 when it does not apply. */
type Rule = (sc: MentionScan, i: number) => number;

/** Each rule, with the lowercase words it can open on (null: any capitalised word). A token is offered
 *  only to the rules that can open on it, found with one lookup of its word: probing each rule in turn
 *  cost most tokens five set look-ups and nine calls. */
const RULES: [Rule, ((lower: string) => boolean) | null][] = [
	[pronounAt, (w) => PRONOUN_FORMS.has(w)],
	[relativeAt, (w) => w === 'which' || w === 'who'],
	[groupNounAt, (w) => GROUP_NOUNS.has(w)],
	[accordingToAt, (w) => w === 'according'],
	[acronymAt, (w) => w === '('],
	[partyMemberAt, (w) => PARTY_OPENERS.has(w)],
	[determinerAt, (w) => DETS.has(w) || INDEF.has(w) || w === 'one' || w === 'another'],
	[bareRoleAt, null],
	[capitalRunAt, null]
];
/** The rules (as bits) that open on any capitalised word. */
const CAPITAL_RULES = RULES.reduce((bits, [, opens], r) => (opens ? bits : bits | (1 << r)), 0);
const ruleBits = new Map<string, number>();

/** The rules (as bits) that can open on token t. */
function rulesFor(t: Token): number {
	let bits = ruleBits.get(t.lower);
	if (bits === undefined) {
		bits = RULES.reduce((b, [, opens], r) => (opens?.(t.lower) ? b | (1 << r) : b), 0);
		if (ruleBits.size >= 50_000) ruleBits.clear();
		ruleBits.set(t.lower, bits);
	}
	return t.cap ? bits | CAPITAL_RULES : bits;
}

/** Every rule opens on a letter, or on "(" (an acronym): digits and other ASCII marks are skipped at once. */
function mayOpenMention(t: Token): boolean {
	const c = t.lower.charCodeAt(0);
	return (c >= 97 && c <= 122) || c >= 128 || c === 40;
}

/** Find and resolve entity mentions in a paragraph's tokens, in order. */
export function findMentions(tokens: Token[], reg: Registry, src: string): Mention[] {
	const sc = new MentionScan(tokens, reg, src);
	let i = 0;
	while (i < tokens.length) {
		let next = -1;
		const t = tokens[i]!;
		const bits = !t.quoted && mayOpenMention(t) ? rulesFor(t) : 0;
		for (let r = 0; bits !== 0 && r < RULES.length; r++)
			if ((bits & (1 << r)) !== 0 && (next = RULES[r]![0](sc, i)) >= 0) break;
		i = next >= 0 ? next : i + 1;
	}
	reg.focus.flush();
	return sc.out;
}

/** Each pronoun's forms, plain and contracted ("he's", "they’re"), read by one lookup per token. */
const PRONOUN_FORMS: Map<string, string> = new Map(
	['he', 'she', 'it', 'they'].flatMap((pro) =>
		['', 's', 'd', 'll', 're', 've'].flatMap((end) =>
			end ? ["'", '’'].map((mark) => [pro + mark + end, pro] as const) : [[pro, pro] as const]
		)
	)
);

/** Pronouns, also contracted ("he's", "they're"). */
function pronounAt(sc: MentionScan, i: number): number {
	const t = sc.tokens[i]!;
	const pro = PRONOUN_FORMS.get(t.lower);
	if (pro === undefined || t.t === t.t.toUpperCase()) return -1;
	const subject = sc.reg.focus.subjectAt(sc.reg.para, sc.tokens, i);
	const e = sc.reg.resolvePronoun(pro, sc.out, subject, (m) => sc.tokens[m.i]!.sent === t.sent);
	if (!e) return i + 1;
	const m: Mention = { i, j: i + 1, ent: e, kind: 'pronoun' };
	sc.out.push(m);
	// The pronoun's mention brings its referent into focus, as a name would.
	sc.reg.focus.noteMention(sc.reg.para, sc.tokens, m);
	return i + 1;
}

/** "which" or "who" right after a mention stands for it. */
function relativeAt(sc: MentionScan, i: number): number {
	const lw = sc.tokens[i]!.lower;
	if (lw !== 'which' && lw !== 'who') return -1;
	const prev = sc.out.at(-1);
	if (!prev) return -1;
	if (prev.j !== i && !(prev.j === i - 1 && sc.tk(i - 1)?.t === ',')) return -1;
	sc.out.push({ i, j: i + 1, ent: prev.ent, kind: 'relative' });
	return i + 1;
}

/** Parenthesised acronym: "the National ... Center (NCIRC)". */
function acronymAt(sc: MentionScan, i: number): number {
	const { reg } = sc;
	if (sc.tokens[i]!.t !== '(' || !sc.free(i + 1) || !isAcronym(sc.tk(i + 1)!.t)) return -1;
	if (sc.tk(i + 2)?.t !== ')') return -1;
	const acr = sc.tk(i + 1)!.t;
	let b = i;
	while (b > 0 && sc.free(b - 1)) {
		const p = sc.tk(b - 1)!;
		if (!p.word || DETS.has(p.lower) || INDEF.has(p.lower)) break;
		if (isPossessive(p.t) && b < i) break;
		if (!p.cap && !CONNECT.has(p.lower) && !/^[a-z]+$/.test(p.t)) break;
		b--;
		if (i - b > 12) break;
	}
	while (b < i && !sc.tk(b)!.cap) b++;
	if (b >= i) return -1;
	const long = sc.text(b, i);
	const e =
		reg.org(acr) ??
		reg.org(long) ??
		reg.create(long, isMediaWord(sc.tk(i - 1)!.t) ? 'media' : 'agency');
	reg.addAlias(e, long);
	reg.addAlias(e, acr);
	const pre = sc.tk(b - 1);
	if (pre && placeOf(pre.t)) e.country = e.country ?? placeOf(pre.t);
	sc.add({ i: b, j: i + 3, ent: e, kind: 'name' });
	return i + 3;
}

/** Bare role phrase: "French ambassador to the US". */
function bareRoleAt(sc: MentionScan, i: number): number {
	const t = sc.tokens[i]!;
	const country = t.cap ? placeOf(t.t) : null;
	if (!country || !sc.free(i + 1)) return -1;
	const head = sc.tk(i + 1)!;
	if (!ROLE_HEADS.has(head.lower) || head.cap) return -1;
	const e = sc.reg.resolveRole(head.lower, [], country);
	let j = i + 2;
	if (sc.tk(j) && ['to', 'of', 'for'].includes(sc.tk(j)!.lower)) {
		j++;
		if (sc.tk(j)?.lower === 'the') j++;
		while (sc.tk(j) && sc.free(j) && sc.tk(j)!.cap) j++;
	}
	if (!e || (sc.tk(j) && sc.tk(j)!.cap)) return -1;
	sc.add({ i, j, ent: e, kind: 'role' });
	return j;
}

/** A capitalised run: a name, or nothing (the scan skips the run). */
function capitalRunAt(sc: MentionScan, i: number): number {
	const t = sc.tokens[i]!;
	if (!t.cap || (CAP_STOP.has(t.lower) && !isRunStart(sc.tokens, i))) return -1;
	const j = runEnd(sc.tokens, i);
	const m = nameMention(sc.tokens, i, j, sc.reg, sc.src, sc.out);
	if (!m) return j;
	sc.add(m);
	return Math.max(m.j, i + 1);
}
