/** Common-noun mentions: groups ("officials said"), "according to ...", and determiner phrases ("the report",
 *  "the spokesman", "the ministry"). */
import {
	CAP_STOP,
	DOC_NOUNS,
	GROUP_NOUNS,
	ORG_ANAPHORS,
	ROLE_HEADS,
	set,
	SPEECH_VERBS as SPEECH_VERB_FORMS
} from './lexicon';
import type { MentionScan } from './mentions';
import { isAsciiDigit } from './chars';
import type { Ent } from './registry';
import { roleOrOrg } from './roles';
import { mediaHeadAt, MEDIA_HEADS, shareStart } from './source-types';
import { DETS, FUNCTION_WORDS, INDEF, isPossessive, isTitle, placeOf, runEnd } from './words';

const AUXILIARIES = ['also', 'have', 'has', 'had', 'later', 'previously', 'repeatedly'];

/** "officials said", "Two former employees, who ..., said": a group noun that speaks or opens its sentence. */
export function groupNounAt(sc: MentionScan, i: number): number {
	const t = sc.tokens[i]!;
	if (!GROUP_NOUNS.has(t.lower) || t.cap) return -1;
	let v = i + 1;
	while (v < i + 3 && sc.tk(v) && AUXILIARIES.includes(sc.tk(v)!.lower)) v++;
	const vt = sc.tk(v);
	let b0 = i;
	while (b0 > 0 && i - b0 < 3) {
		const p = sc.tk(b0 - 1)!;
		if (p.sent !== t.sent || !p.word || p.quoted) break;
		b0--;
	}
	const opens = b0 === 0 || sc.tk(b0 - 1)!.sent !== t.sent;
	const speaks = vt !== undefined && !vt.quoted && SPEECH_VERB_FORMS.has(vt.lower);
	if (!speaks && !(opens && vt?.t === ',')) return -1;
	let b = i;
	const lastEnd = sc.out.at(-1)?.j ?? -1;
	while (b > 0 && sc.free(b - 1) && i - b < 2 && lastEnd <= b - 1) {
		const p = sc.tk(b - 1)!;
		if (!p.word || FUNCTION_WORDS.has(p.lower) || SPEECH_VERB_FORMS.has(p.lower)) break;
		b--;
	}
	// "41 percent of respondents said": the share speaks, as a group.
	const share = shareStart(sc.tokens, b);
	if (share >= 0 && sc.free(share) && sc.tk(share)!.sent === t.sent) b = share;
	const phrase = sc.text(b, i + 1);
	const e = sc.reg.org(phrase) ?? sc.reg.create(phrase, 'group');
	e.unnamed = true;
	sc.add({ i: b, j: i + 1, ent: e, kind: 'name' });
	return i + 1;
}

/** "according to figures published by X" (a document), "according to people familiar with ..." (a group). */
export function accordingToAt(sc: MentionScan, i: number): number {
	const { reg } = sc;
	if (sc.tokens[i]!.lower !== 'according' || sc.tk(i + 1)?.lower !== 'to' || !sc.free(i + 2))
		return -1;
	let b = i + 2;
	if (sc.tk(b) && ['a', 'an', 'the'].includes(sc.tk(b)!.lower) && !sc.tk(b + 1)?.cap) b++;
	const first = sc.tk(b);
	if (!first || !first.word || first.cap) return -1;
	const head = first.lower;
	if (b === i + 2 && DOC_NOUNS[head] && sc.free(b)) {
		const ent = reg.create(head, 'document');
		reg.setDocClass(ent, DOC_NOUNS[head]!);
		ent.unnamed = true;
		sc.add({ i: b, j: b + 1, ent, kind: 'anaphor' });
		return b + 1;
	}
	if (DOC_NOUNS[head] || ROLE_HEADS.has(head) || ORG_ANAPHORS.has(head) || FUNCTION_WORDS.has(head))
		return -1;
	let e = b;
	while (e < b + 7 && sc.free(e) && sc.tk(e)!.word && !sc.tk(e)!.cap) e++;
	const phrase = sc.text(b, e);
	const ent = reg.org(phrase) ?? reg.create(phrase, 'group');
	ent.unnamed = true;
	sc.add({ i: i + 2, j: e, ent, kind: 'name' });
	return e;
}

/** Capitalised nouns for a member of a party: "a Lakeside Democrat". */
const PARTY_MEMBER =
	/^(?:democrat|republican|independent|libertarian|conservative|liberal|socialist|tory)$/;

/** The words a party member's phrase opens with. */
export const PARTY_OPENERS = set('a an another one');

/** "a Lakeside Republican", "another Ostland Democrat": an unnamed party member, a person. */
export function partyMemberAt(sc: MentionScan, i: number): number {
	if (!PARTY_OPENERS.has(sc.tokens[i]!.lower) || !sc.free(i + 1) || !sc.tk(i + 1)!.cap) return -1;
	const j = runEnd(sc.tokens, i + 1);
	if (j - i > 5 || !PARTY_MEMBER.test(sc.tk(j - 1)!.lower)) return -1;
	// "a Republican senator": the noun after the run is the head; a role phrase.
	const next = sc.tk(j);
	if (
		next?.word &&
		!next.cap &&
		(ROLE_HEADS.has(next.lower) || GROUP_NOUNS.has(next.lower) || isTitle(next.t))
	)
		return -1;
	const e = sc.reg.create(sc.text(i + 1, j), 'person', sc.text(i + 1, j));
	e.unnamed = true;
	sc.add({ i, j, ent: e, kind: 'role' });
	return j;
}

/** Determiner + document, group, role or organisation head: "the report", "the spokesman". */
export function determinerAt(sc: MentionScan, i: number): number {
	const lw = sc.tokens[i]!.lower;
	const oneOf = lw === 'one' || lw === 'another';
	if (!(DETS.has(lw) || INDEF.has(lw) || oneOf) || !sc.free(i + 1)) return -1;
	const k = headIndex(sc, i);
	const head = k > 0 ? sc.tk(k) : undefined;
	if (!head || !sc.free(k) || !head.word || head.cap || reportsThat(sc, k)) return -1;
	if (sc.tk(k + 1) && sc.tk(k + 1)!.cap && !isPossessive(head.t)) return -1;
	const hw = head.lower;
	const indefinite = INDEF.has(lw) || oneOf;
	if (DOC_NOUNS[hw] && !(sc.tk(k + 1)?.lower === 'of' && hw === 'report'))
		return documentAt(sc, i, k, indefinite);
	if (GROUP_NOUNS.has(hw) && !DOC_NOUNS[hw]) {
		const phrase = sc.text(i + 1, k + 1);
		const e = sc.reg.org(phrase) ?? sc.reg.create(phrase, 'group');
		e.unnamed = true;
		sc.add({ i, j: k + 1, ent: e, kind: 'anaphor' });
		return k + 1;
	}
	// ", a lawyer" after a person describes that person: not a new mention.
	const lastM = sc.out.at(-1);
	const appositiveRole =
		indefinite &&
		sc.tk(i - 1)?.t === ',' &&
		lastM !== undefined &&
		lastM.j === i - 1 &&
		lastM.ent.type === 'person';
	if (!(ROLE_HEADS.has(hw) || ORG_ANAPHORS.has(hw)) || appositiveRole) return -1;
	if (MEDIA_HEADS.test(hw) && !mediaHeadAt(sc.tokens, k)) return -1;
	const m = roleOrOrg(sc.tokens, i, k, sc.reg, sc.src, indefinite);
	if (!m) return -1;
	sc.add(m);
	return m.j;
}

/** Index of the head noun after the determiner at i (-1 when a function word comes first). */
function headIndex(sc: MentionScan, i: number): number {
	let k = i + 1;
	const nt = sc.tk(i + 1)!;
	if (nt.cap && !CAP_STOP.has(nt.lower)) {
		// "A Department for Transport spokesman": a capitalised name, then a role noun.
		const r = runEnd(sc.tokens, i + 1);
		const after = sc.tk(r);
		if (
			after &&
			sc.free(r) &&
			!after.cap &&
			(ROLE_HEADS.has(after.lower) || DOC_NOUNS[after.lower])
		)
			k = r;
	}
	while (k < sc.tokens.length && k - i <= 4 && sc.free(k) && sc.tokens[k]!.word) {
		const w = sc.tokens[k]!.lower;
		const c = wordClass(w);
		const nx = sc.tokens[k + 1];
		const nextIsHead = nx !== undefined && !nx.quoted && (wordClass(nx.lower) & ROLE_OR_DOC) !== 0;
		if ((c & HEAD) !== 0 && !nextIsHead) break;
		if ((c & FUNCTION) !== 0 && !sc.tokens[k]!.cap) return -1;
		// "The agency found 135 ...": a verb or a number ends the noun phrase before any head.
		if (k > i + 1 && ((c & SPEECH) !== 0 || isAsciiDigit(w.charCodeAt(0)))) return -1;
		k++;
	}
	return k;
}

/** Word classes the head search asks of each word, as bits: one lookup per word instead of six. */
const DOC = 1;
const ROLE = 2;
const ORG = 4;
const GROUP = 8;
const FUNCTION = 16;
const SPEECH = 32;
const ROLE_OR_DOC = ROLE | DOC;
const HEAD = DOC | ROLE | ORG | GROUP;
const wordClasses = new Map<string, number>();

/** The classes of a lowercase word, worked out once per word. */
function wordClass(w: string): number {
	let c = wordClasses.get(w);
	if (c === undefined) {
		c =
			(DOC_NOUNS[w] !== undefined ? DOC : 0) |
			(ROLE_HEADS.has(w) ? ROLE : 0) |
			(ORG_ANAPHORS.has(w) ? ORG : 0) |
			(GROUP_NOUNS.has(w) ? GROUP : 0) |
			(FUNCTION_WORDS.has(w) ? FUNCTION : 0) |
			(SPEECH_VERB_FORMS.has(w) ? SPEECH : 0);
		if (wordClasses.size >= 50_000) wordClasses.clear();
		wordClasses.set(w, c);
	}
	return c;
}

/** "the report", "an Acme statement": the latest document of its class, or a new one with its owner. */
function documentAt(sc: MentionScan, i: number, k: number, indefinite: boolean): number {
	const { reg, tokens } = sc;
	const hw = tokens[k]!.lower;
	const cls = DOC_NOUNS[hw]!;
	let e: Ent | null = indefinite ? null : reg.lastDoc(cls);
	const mods = tokens.slice(i + 1, k);
	let owner: Ent | null = null;
	if (mods.some((x) => x.cap && !placeOf(x.t))) {
		const nm = sc.text(i + 1 + mods.findIndex((x) => x.cap), k);
		owner = reg.org(nm) ?? reg.person(nm.split(' ')) ?? null;
	}
	if (!e || (indefinite && owner && e.owner && e.owner !== owner)) {
		e = reg.create(hw, 'document');
		reg.setDocClass(e, cls);
		e.unnamed = true;
	}
	if (owner && !e.owner && owner !== e && owner.type !== 'group') e.owner = owner;
	sc.add({ i, j: k + 1, ent: e, kind: 'anaphor' });
	return k + 1;
}

/** "The Daily Ledger reports that ...": a noun that is also a speech verb, used as the verb. */
function reportsThat(sc: MentionScan, k: number): boolean {
	const w = sc.tk(k)!.lower;
	const next = sc.tk(k + 1);
	return (
		/s$/.test(w) &&
		SPEECH_VERB_FORMS.has(w) &&
		next !== undefined &&
		(next.lower === 'that' || next.quoted || next.t === ',' || next.t === ':')
	);
}
