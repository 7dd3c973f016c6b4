/** Entities: mentions of people, agencies, companies, media and documents; roles, aliases, sides. */
import type { EntityType, Side } from './types';
import type { Token } from './tokens';
import {
	SPEECH_VERBS as SPEECH_VERB_FORMS,
	table,
	CAP_STOP,
	CAPITALS,
	DOC_NOUNS,
	GROUP_NOUNS,
	MEDIA_WORDS,
	ORG_ANAPHORS,
	ORG_WORDS,
	PLACES,
	ROLE_HEADS,
	TITLE_WORDS,
	US_STATES
} from './lexicon';

import { pronounFits, roleGender, titleGender, type Gender } from './gender';

export interface Ent {
	key: string;
	name: string;
	type: EntityType | 'place';
	role: string | null;
	country: string | null;
	aliases: Set<string>;
	unnamed: boolean;
	/** Documents: the author or publisher, when the article says. */
	owner: Ent | null;
	docClass: string | null;
	/** Context words used to infer the side. */
	context: string[];
	order: number;
	/** A bare word seen only opening sentences ("Speaking", "Already"): maybe not a name at all. */
	openerOnly?: boolean;
	/** Known from a courtesy title or a gendered role, for resolving "he" and "she". */
	gender?: Gender | null;
}

export interface Mention {
	i: number;
	j: number;
	ent: Ent;
	kind: 'name' | 'pronoun' | 'anaphor' | 'relative' | 'role';
}

const FUNCTION_WORDS = new Set(
	`the a an of in on at by for from to with and or but nor that which who whom whose is are was were be been has
have had do does did said says say will would could should may might must not no this these those it its he she
they them his her their our we you i as than then so if when while where because after before since until over
into about against between through during without within also even just only still`.split(/\s+/)
);
const CONNECT = new Set(['of', 'for', 'and', 'on', 'de', 'to', 'the', '&']);
/** Lowercase particles inside personal names: "Lula da Silva", "von der Leyen". */
const PARTICLES = new Set([
	'da',
	'de',
	'do',
	'dos',
	'das',
	'van',
	'von',
	'der',
	'den',
	'di',
	'du',
	'la',
	'le',
	'al',
	'bin',
	'ibn',
	'el',
	'ben'
]);
const DETS = new Set(['the', 'this', 'that', 'these', 'those']);
const INDEF = new Set(['a', 'an']);
const UNNAMED_ADJ = new Set([
	'unnamed',
	'anonymous',
	'senior',
	'top',
	'former',
	'government',
	'military',
	'chief'
]);
const PREP_PLACE = new Set(['in', 'at', 'from', 'near', 'across', 'into', 'outside', 'inside']);

const baseWord = (w: string): string => w.replace(/['’]s?$/i, '');
const isPossessive = (w: string): boolean => /['’]s?$/i.test(w) && w.length > 2;
export const placeOf = (w: string): string | null => PLACES[baseWord(w).toLowerCase()] ?? null;
const isTitle = (w: string): boolean => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, ''));
const isOrgWord = (w: string): boolean => ORG_WORDS.has(baseWord(w).toLowerCase());
const isMediaWord = (w: string): boolean => MEDIA_WORDS.has(baseWord(w).toLowerCase());
/** A capitalised name word: "Lee", "McKinley", "O'Brien", "Holtz-Eakin", "DeSantis". */
export const NAME_WORD = /^(?=.*\p{Ll})\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+|['’-]\p{Lu}?\p{Ll}+)*$/u;
const isAcronym = (w: string): boolean =>
	/^(?:\p{Lu}\.?){2,}$/u.test(w) || /^(?:\p{Lu}\.){2,}$/u.test(w);
const norm = (s: string): string =>
	s
		.toLowerCase()
		.replace(/[’]/g, "'")
		.replace(/[^\p{L}\p{N}' ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * Keys for an organisation name: its core words (no determiner, "of the X" turned round), qualified
 * by the country named before or after it. A long core is specific enough to stand alone too.
 */
const keyCache = new Map<string, string[]>();

export function orgKeys(name: string): string[] {
	let hit = keyCache.get(name);
	if (!hit) {
		hit = computeOrgKeys(name);
		if (keyCache.size > 5000) keyCache.clear();
		keyCache.set(name, hit);
	}
	return hit;
}

function computeOrgKeys(name: string): string[] {
	let words = norm(name.replace(/\./g, '')).split(' ');
	let country: string | null = null;
	while (words.length > 1) {
		const two = words.length > 2 ? PLACES[`${words[0]} ${baseWord(words[1]!)}`] : undefined;
		if (two) {
			country ??= two;
			words = words.slice(2);
		} else if (words[0] === 'the' || placeOf(words[0]!) !== null) {
			country ??= placeOf(words[0]!);
			words = words.slice(1);
		} else break;
	}
	let s = words.join(' ');
	const tail = / of (?:the )?([a-z']+(?: [a-z']+)?)$/.exec(s);
	if (tail && PLACES[tail[1]!] && s.split(' ').length > 3) {
		country ??= PLACES[tail[1]!]!;
		s = s.slice(0, tail.index);
	}
	s = s.replace(/defence/g, 'defense').replace(/centre/g, 'center');
	const m = /^(ministry|department|office|bureau) of (?:the )?(.+)$/.exec(s);
	const core = m ? `${m[2]} ${m[1]}` : s;
	if (!country) return [core];
	return core.split(' ').length >= 3 ? [`${country}:${core}`, core] : [`${country}:${core}`];
}

/** The most specific key of an organisation name. */
export const orgKey = (name: string): string => orgKeys(name)[0]!;

/** The key without its country qualifier. */
const coreKey = (name: string): string => orgKey(name).replace(/^[^:]*:/, '');

/** The article's entities, with state for resolving pronouns and anaphors. */
export class Registry {
	ents: Ent[] = [];
	/** The subject of the latest sentence that opens with a person ("Lee told the board ..."). */
	lastSubject: Ent | null = null;
	private speaker: Ent | null = null;
	private clock = 0;
	private speakerAt = 0;
	private subjectAt = 0;
	get lastSpeaker(): Ent | null {
		return this.speaker;
	}
	set lastSpeaker(e: Ent | null) {
		this.speaker = e;
		this.speakerAt = ++this.clock;
	}
	noteSubject(e: Ent): void {
		this.lastSubject = e;
		this.subjectAt = ++this.clock;
	}
	/** A role phrase waiting for the name after its comma: "A spokesperson from X, Jean Dupont". */
	pendingRole: { text: string; start: number; end: number; para: number } | null = null;
	para = 0;
	private lastPerson: Ent | null = null;
	private lastThing: Ent | null = null;
	private counter = 0;

	private orgIndex = new Map<string, Ent>();
	private personIndex = new Map<string, Ent>();
	private personWord = new Map<string, Ent>();
	private docs = new Map<string, Ent>();

	create(name: string, type: Ent['type'], role: string | null = null): Ent {
		const e: Ent = {
			key: `${type}:${norm(name)}`,
			name,
			type,
			role,
			country: null,
			aliases: new Set(),
			unnamed: false,
			owner: null,
			docClass: null,
			context: [],
			order: this.counter++
		};
		for (const w of (role ?? name).split(/\s+/)) {
			const p = placeOf(w);
			if (p && !e.country) e.country = p;
		}
		this.ents.push(e);
		this.addAlias(e, name);
		return e;
	}

	/** Record another written form of an entity, keeping the lookup indexes current. */
	addAlias(e: Ent, alias: string): void {
		e.aliases.add(alias);
		if (e.type === 'person') {
			if (!e.unnamed && alias === e.name) {
				this.personIndex.set(norm(alias), e);
				for (const w of norm(alias).split(' ')) this.personWord.set(w, e);
			}
		} else if (e.type !== 'document') {
			// Within one article an unqualified "Foreign Ministry" is the one already named.
			for (const k of [...orgKeys(alias), coreKey(alias)])
				if (!this.orgIndex.has(k)) this.orgIndex.set(k, e);
			// "Acme Technologies" is also "Acme"; "Nexora Inc" is also "Nexora".
			const ws = alias.split(/\s+/);
			if (
				ws.length >= 2 &&
				/^\p{Lu}/u.test(ws[0]!) &&
				!placeOf(ws[0]!) &&
				ws.slice(1).every((w) => SUFFIXES.test(w))
			) {
				const k = orgKey(ws[0]!);
				if (!this.orgIndex.has(k)) this.orgIndex.set(k, e);
			}
		}
	}

	setDocClass(e: Ent, cls: string): void {
		e.docClass = cls;
		this.docs.set(cls, e);
	}

	/** Entities from the most recent backwards, at most `n`. */
	*recent(n = 300): Generator<Ent> {
		for (let k = this.ents.length - 1, c = 0; k >= 0 && c < n; k--, c++) yield this.ents[k]!;
	}

	/** Forget an entity that turned out to be a role of a named person. */
	drop(e: Ent): void {
		const idx = this.ents.lastIndexOf(e);
		if (idx >= 0) this.ents.splice(idx, 1);
	}

	touch(e: Ent): void {
		if (personLike(e)) this.lastPerson = e;
		else if (e.type !== 'place') this.lastThing = e;
	}

	person(words: string[]): Ent | null {
		const full = norm(words.join(' '));
		const hit = this.personIndex.get(full);
		if (hit) return hit;
		if (words.length === 1) return this.personWord.get(full) ?? null;
		return null;
	}

	org(name: string): Ent | null {
		for (const k of orgKeys(name)) {
			const e = this.orgIndex.get(k);
			if (e) return e;
		}
		return null;
	}

	resolvePronoun(w: string, local: Mention[] = []): Ent | null {
		const person = w === 'he' || w === 'she' || w === 'him' || w === 'her';
		const plural = (e: Ent): boolean => e.type === 'group' && /s$/i.test(e.name);
		for (let k = local.length - 1; k >= 0; k--) {
			const e = local[k]!.ent;
			if (
				person
					? e.type === 'person' && pronounFits(w, e.gender)
					: e.type !== 'person' && e.type !== 'place' && (w === 'they' || !plural(e))
			)
				return e;
		}
		if (person) {
			const ls = this.lastSpeaker;
			// The discourse's centre: whichever of the last speaker and the last subject is more recent.
			const centres =
				this.subjectAt > this.speakerAt ? [this.lastSubject, ls] : [ls, this.lastSubject];
			for (const c of centres) if (c && personLike(c) && pronounFits(w, c.gender)) return c;
			// A bare surname that spoke ("Putin said") may be the "he".
			if (
				ls &&
				ls.type === 'group' &&
				!ls.unnamed &&
				/^\p{Lu}\p{Ll}+$/u.test(ls.name) &&
				!this.lastPerson
			)
				return ls;
			const lp = this.lastPerson;
			if (!lp || pronounFits(w, lp.gender)) return lp;
			// The last person is of the other gender: the latest named person who fits.
			for (const e of this.recent(60))
				if (e.type === 'person' && !e.unnamed && pronounFits(w, e.gender)) return e;
			return lp;
		}
		if (this.lastSpeaker && this.lastSpeaker.type !== 'person') return this.lastSpeaker;
		return this.lastThing;
	}

	/** "the spokesman", "the ministry", "French ambassador to the US". */
	resolveRole(head: string, mods: string[], country: string | null): Ent | null {
		const h = head.replace(/^spokes(?:man|woman|person|people)$/, 'spokes');
		for (const e of this.recent()) {
			if (e.type === 'document' || e.type === 'place') continue;
			const text = norm(`${e.role ?? ''} ${e.type === 'person' ? '' : e.name}`).replace(
				/spokes(?:man|woman|person|people)/g,
				'spokes'
			);
			const words = text.split(' ');
			if (!words.includes(h)) continue;
			if (mods.some((m) => !text.includes(m.replace(/defence/, 'defense')))) continue;
			if (country) {
				const rc = roleCountry(e);
				if (rc && rc !== country) continue;
			}
			return e;
		}
		return null;
	}

	lastDoc(cls: string): Ent | null {
		return this.docs.get(cls) ?? null;
	}
}

/** Country of a role: the first place word before the title ("France's Ambassador to the US" → france). */
function roleCountry(e: Ent): string | null {
	const words = (e.role ?? '').split(/\s+/);
	for (const w of words) {
		if (isTitle(w) && !placeOf(w)) break;
		const p = placeOf(w);
		if (p) return p;
	}
	return e.country;
}

/** A person, or a bare surname nothing else is known of ("Okafor said"): a "he" or "she" may be it. */
export function personLike(e: Ent): boolean {
	return (
		e.type === 'person' ||
		(e.type === 'group' && !e.unnamed && !e.role && !e.openerOnly && NAME_WORD.test(e.name))
	);
}

/** Final entity: follow document owners. */
export function resolveEnt(e: Ent | null): Ent | null {
	let cur = e;
	let guard = 0;
	while (cur && cur.owner && guard++ < 5) cur = cur.owner;
	return cur;
}

function textOf(tokens: Token[], i: number, j: number, src: string): string {
	if (j <= i) return '';
	return src.slice(tokens[i]!.start, tokens[j - 1]!.end);
}

/** Find and resolve entity mentions in a paragraph's tokens, in order. */
/** How far into its sentence a mention may start and still be the subject. */
const SUBJECT_REACH = 6;

export function findMentions(tokens: Token[], reg: Registry, src: string): Mention[] {
	const out: Mention[] = [];
	let subjectSent = -1;
	const add = (m: Mention): void => {
		while (out.length && out[out.length - 1]!.j > m.i) out.pop();
		out.push(m);
		if (m.ent.type === 'person' && !m.ent.gender)
			m.ent.gender = titleGender(tokens, m.i, m.j) ?? roleGender(m.ent.role);
		// "Okafor said": a word that speaks is a name, even at the start of a sentence.
		if (m.ent.openerOnly && SPEECH_VERB_FORMS.has(tokens[m.j]?.lower ?? ''))
			m.ent.openerOnly = false;
		reg.touch(m.ent);
		// A person opening a sentence is its subject: the likely "he" or "she" that follows.
		const sent = tokens[m.i]!.sent;
		if (personLike(m.ent) && sent !== subjectSent && tokens[m.i - SUBJECT_REACH]?.sent !== sent) {
			reg.noteSubject(m.ent);
		}
		subjectSent = sent;
	};
	const tk = (k: number): Token | undefined => tokens[k];
	const free = (k: number): boolean => {
		const t = tokens[k];
		return t !== undefined && !t.quoted;
	};
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i]!;
		if (t.quoted) {
			i++;
			continue;
		}
		const lw = t.lower;
		// Pronouns (also contracted: "he's", "they're") and relative pronouns.
		const pro = lw.replace(/['’](?:s|d|ll|re|ve)$/, '');
		if (['he', 'she', 'it', 'they'].includes(pro) && t.t !== t.t.toUpperCase()) {
			const e = reg.resolvePronoun(pro, out);
			if (e) out.push({ i, j: i + 1, ent: e, kind: 'pronoun' });
			i++;
			continue;
		}
		if ((lw === 'which' || lw === 'who') && out.length) {
			const prev = out[out.length - 1]!;
			if (prev.j === i || (prev.j === i - 1 && tk(i - 1)?.t === ',')) {
				out.push({ i, j: i + 1, ent: prev.ent, kind: 'relative' });
				i++;
				continue;
			}
		}
		if (GROUP_NOUNS.has(lw) && !t.cap) {
			let v = i + 1;
			while (
				v < i + 3 &&
				tk(v) &&
				['also', 'have', 'has', 'had', 'later', 'previously', 'repeatedly'].includes(tk(v)!.lower)
			)
				v++;
			const vt = tk(v);
			// "Two former employees, who ..., said": a group opening its sentence is its subject.
			let b0 = i;
			while (
				b0 > 0 &&
				i - b0 < 3 &&
				tk(b0 - 1)!.sent === t.sent &&
				tk(b0 - 1)!.word &&
				!tk(b0 - 1)!.quoted
			)
				b0--;
			const opens = b0 === 0 || tk(b0 - 1)!.sent !== t.sent;
			if ((vt && !vt.quoted && SPEECH_VERB_FORMS.has(vt.lower)) || (opens && vt?.t === ',')) {
				let b = i;
				while (
					b > 0 &&
					free(b - 1) &&
					tk(b - 1)!.word &&
					!FUNCTION_WORDS.has(tk(b - 1)!.lower) &&
					i - b < 2 &&
					!SPEECH_VERB_FORMS.has(tk(b - 1)!.lower) &&
					!(out.length && out[out.length - 1]!.j > b - 1)
				)
					b--;
				const phrase = textOf(tokens, b, i + 1, src);
				const e = reg.org(phrase) ?? reg.create(phrase, 'group');
				e.unnamed = true;
				add({ i: b, j: i + 1, ent: e, kind: 'name' });
				i++;
				continue;
			}
		}
		// "according to people familiar with the matter": an unnamed group.
		if (lw === 'according' && tk(i + 1)?.lower === 'to' && free(i + 2)) {
			let b = i + 2;
			if (tk(b) && ['a', 'an', 'the'].includes(tk(b)!.lower) && !tk(b + 1)?.cap) b++;
			const first = tk(b);
			const head0 = first?.lower ?? '';
			if (first && b === i + 2 && first.word && !first.cap && DOC_NOUNS[head0] && free(b)) {
				// "according to figures published by X": a document whose owner follows.
				const ent = reg.create(head0, 'document');
				reg.setDocClass(ent, DOC_NOUNS[head0]!);
				ent.unnamed = true;
				add({ i: b, j: b + 1, ent, kind: 'anaphor' });
				i = b + 1;
				continue;
			}
			if (
				first &&
				first.word &&
				!first.cap &&
				!DOC_NOUNS[head0] &&
				!ROLE_HEADS.has(head0) &&
				!ORG_ANAPHORS.has(head0) &&
				!FUNCTION_WORDS.has(head0)
			) {
				let e = b;
				while (e < b + 7 && free(e) && tk(e)!.word && !tk(e)!.cap) e++;
				const phrase = textOf(tokens, b, e, src);
				const ent = reg.org(phrase) ?? reg.create(phrase, 'group');
				ent.unnamed = true;
				add({ i: i + 2, j: e, ent, kind: 'name' });
				i = e;
				continue;
			}
		}
		// Parenthesised acronym: "the National ... Center (NCIRC)".
		if (t.t === '(' && free(i + 1) && isAcronym(tk(i + 1)!.t) && tk(i + 2)?.t === ')') {
			const acr = tk(i + 1)!.t;
			let b = i;
			while (b > 0 && free(b - 1)) {
				const p = tk(b - 1)!;
				if (!p.word || DETS.has(p.lower) || INDEF.has(p.lower)) break;
				if (isPossessive(p.t) && b < i) break;
				if (!p.cap && !CONNECT.has(p.lower) && !/^[a-z]+$/.test(p.t)) break;
				b--;
				if (i - b > 12) break;
			}
			while (b < i && !tk(b)!.cap) b++;
			if (b < i) {
				const long = textOf(tokens, b, i, src);
				let e = reg.org(acr) ?? reg.org(long);
				if (!e) {
					e = reg.create(long, isMediaWord(tk(i - 1)!.t) ? 'media' : 'agency');
				}
				reg.addAlias(e, long);
				reg.addAlias(e, acr);
				const pre = tk(b - 1);
				if (pre && placeOf(pre.t)) e.country = e.country ?? placeOf(pre.t);
				add({ i: b, j: i + 3, ent: e, kind: 'name' });
				i += 3;
				continue;
			}
		}
		// Determiner + document, role or organisation head: "the report", "the spokesman".
		if ((DETS.has(lw) || INDEF.has(lw)) && free(i + 1)) {
			let k = i + 1;
			const mods: string[] = [];
			const nt = tk(i + 1)!;
			if (nt.cap && !CAP_STOP.has(nt.lower)) {
				// "A Department for Transport spokesman": a capitalised name, then a role noun.
				const r = runEnd(tokens, i + 1);
				const after = tk(r);
				if (
					after &&
					free(r) &&
					!after.cap &&
					(ROLE_HEADS.has(after.lower) || DOC_NOUNS[after.lower])
				)
					k = r;
			}
			while (k < tokens.length && k - i <= 4 && free(k) && tokens[k]!.word) {
				const w = tokens[k]!.lower;
				const nx = tokens[k + 1];
				const nextIsHead =
					nx !== undefined &&
					!nx.quoted &&
					(DOC_NOUNS[nx.lower] !== undefined || ROLE_HEADS.has(nx.lower));
				if (
					(DOC_NOUNS[w] || ROLE_HEADS.has(w) || ORG_ANAPHORS.has(w) || GROUP_NOUNS.has(w)) &&
					!nextIsHead
				)
					break;
				if (FUNCTION_WORDS.has(w) && !tokens[k]!.cap) {
					k = -1;
					break;
				}
				mods.push(w);
				k++;
			}
			const head = k > 0 ? tk(k) : undefined;
			if (
				head &&
				free(k) &&
				head.word &&
				!head.cap &&
				!(tk(k + 1) && tk(k + 1)!.cap && !isPossessive(head.t))
			) {
				const hw = head.lower;
				const indefinite = INDEF.has(lw);
				if (DOC_NOUNS[hw] && !(tk(k + 1)?.lower === 'of' && hw === 'report')) {
					const cls = DOC_NOUNS[hw]!;
					let e: Ent | null = indefinite ? null : reg.lastDoc(cls);
					const capMods = tokens.slice(i + 1, k).filter((x) => x.cap && !placeOf(x.t));
					let owner: Ent | null = null;
					if (capMods.length) {
						const nm = textOf(
							tokens,
							i + 1 + tokens.slice(i + 1, k).findIndex((x) => x.cap),
							k,
							src
						);
						owner = reg.org(nm) ?? reg.person(nm.split(' ')) ?? null;
						if (!owner && capMods.length >= 1 && !/^[A-Z][a-z]+$/.test(nm.split(' ')[0] ?? ''))
							owner = null;
					}
					if (!e || (indefinite && owner && e.owner && e.owner !== owner)) {
						e = reg.create(hw, 'document');
						reg.setDocClass(e, cls);
						e.unnamed = true;
					}
					if (owner && !e.owner && owner !== e && owner.type !== 'group') e.owner = owner;
					add({ i, j: k + 1, ent: e, kind: 'anaphor' });
					i = k + 1;
					continue;
				}
				if (GROUP_NOUNS.has(hw) && !DOC_NOUNS[hw]) {
					const phrase = textOf(tokens, i + 1, k + 1, src);
					const e = reg.org(phrase) ?? reg.create(phrase, 'group');
					e.unnamed = true;
					add({ i, j: k + 1, ent: e, kind: 'anaphor' });
					i = k + 1;
					continue;
				}
				const lastM = out[out.length - 1];
				const appositiveRole =
					indefinite &&
					tk(i - 1)?.t === ',' &&
					lastM !== undefined &&
					lastM.j === i - 1 &&
					lastM.ent.type === 'person';
				if ((ROLE_HEADS.has(hw) || ORG_ANAPHORS.has(hw)) && !appositiveRole) {
					const m = roleOrOrg(tokens, i, k, reg, src, indefinite);
					if (m) {
						add(m);
						i = m.j;
						continue;
					}
				}
			}
		}
		// Bare role phrase: "French ambassador to the US".
		if (
			t.cap &&
			placeOf(t.t) &&
			free(i + 1) &&
			ROLE_HEADS.has(tk(i + 1)!.lower) &&
			!tk(i + 1)!.cap
		) {
			const head = tk(i + 1)!.lower;
			const e = reg.resolveRole(head, [], placeOf(t.t));
			let j = i + 2;
			if (tk(j) && ['to', 'of', 'for'].includes(tk(j)!.lower)) {
				j++;
				if (tk(j)?.lower === 'the') j++;
				while (tk(j) && free(j) && tk(j)!.cap) j++;
			}
			if (e && !(tk(j) && tk(j)!.cap)) {
				add({ i, j, ent: e, kind: 'role' });
				i = j;
				continue;
			}
		}
		// Capitalised run.
		if (t.cap && (!CAP_STOP.has(lw) || isRunStart(tokens, i))) {
			const j = runEnd(tokens, i);
			const m = nameMention(tokens, i, j, reg, src, out);
			if (m) {
				add(m);
				i = Math.max(m.j, i + 1);
				continue;
			}
			i = j;
			continue;
		}
		i++;
	}
	return out;
}

function isRunStart(tokens: Token[], i: number): boolean {
	const n = tokens[i + 1];
	return (
		tokens[i]!.lower === 'the' && n !== undefined && !n.quoted && n.cap && !CAP_STOP.has(n.lower)
	);
}

/** A capitalised word that is neither a title, an organisation word nor a place. */
function plainName(t: Token): boolean {
	return (
		NAME_WORD.test(t.t) &&
		!isTitle(t.t) &&
		!isOrgWord(t.t) &&
		!isMediaWord(t.t) &&
		!placeOf(t.t) &&
		!CAP_STOP.has(t.lower)
	);
}

function runEnd(tokens: Token[], i: number): number {
	let j = i + 1;
	while (j < tokens.length) {
		const t = tokens[j]!;
		if (t.quoted) break;
		if (t.cap && !CAP_STOP.has(t.lower)) {
			if (isPossessive(tokens[j - 1]!.t) && !placeOf(tokens[j - 1]!.t)) break;
			j++;
			continue;
		}
		if (t.cap && CAP_STOP.has(t.lower) && t.lower === 'the' && tokens[j - 1]!.lower !== 'of') break;
		if (PARTICLES.has(t.lower) && !t.cap && plainName(tokens[j - 1]!)) {
			let k = j + 1;
			while (tokens[k] && PARTICLES.has(tokens[k]!.lower) && k < j + 3) k++;
			const n = tokens[k];
			if (n && !n.quoted && plainName(n)) {
				j = k + 1;
				continue;
			}
		}
		if (CONNECT.has(t.lower) && !isPossessive(tokens[j - 1]!.t)) {
			if (j - i >= 2 && t.lower !== 'and' && plainName(tokens[j - 1]!) && plainName(tokens[j - 2]!))
				break;
			let k = j + 1;
			if (tokens[k]?.lower === 'the') k++;
			const n = tokens[k];
			if (
				t.lower === 'and' &&
				n &&
				(isTitle(n.t) || placeOf(n.t) || tokens.slice(i, j).some((x) => isTitle(x.t)))
			)
				break;
			if (n && !n.quoted && n.cap && !CAP_STOP.has(n.lower)) {
				j = k;
				continue;
			}
		}
		break;
	}
	return j;
}

/** "the spokesman", "an Acme spokesperson", "an unnamed spokesman from the X Office", "the ministry". */
function roleOrOrg(
	tokens: Token[],
	i: number,
	k: number,
	reg: Registry,
	src: string,
	indefinite: boolean
): Mention | null {
	const head = tokens[k]!.lower;
	const mods = tokens.slice(i + 1, k);
	let j = k + 1;
	let orgName: string | null = null;
	const capMods = mods.filter((x) => x.cap);
	if (capMods.length) orgName = textOf(tokens, i + 1 + mods.findIndex((x) => x.cap), k, src);
	if (tokens[j] && ['from', 'of', 'for', 'at', 'with'].includes(tokens[j]!.lower)) {
		let s = j + 1;
		if (tokens[s] && ['the', 'a', 'an'].includes(tokens[s]!.lower)) s++;
		if (tokens[s] && !tokens[s]!.quoted && tokens[s]!.cap) {
			const e = runEnd(tokens, s);
			orgName = textOf(tokens, s, e, src);
			j = e;
		} else if (
			tokens[s] &&
			!tokens[s]!.quoted &&
			tokens[s]!.word &&
			!FUNCTION_WORDS.has(tokens[s]!.lower)
		) {
			let e = s;
			while (
				e < s + 3 &&
				tokens[e] &&
				!tokens[e]!.quoted &&
				tokens[e]!.word &&
				!tokens[e]!.cap &&
				!FUNCTION_WORDS.has(tokens[e]!.lower) &&
				!SPEECH_VERB_FORMS.has(tokens[e]!.lower)
			)
				e++;
			if (e > s && ORG_ANAPHORS.has(tokens[e - 1]!.lower)) {
				orgName = textOf(tokens, s, e, src);
				j = e;
			}
		}
	}
	if (ROLE_HEADS.has(head)) {
		// Reverse appositive "A spokesperson from X, Jean Dupont," is handled by the name that follows.
		const n1 = tokens[j];
		const n2 = tokens[j + 1];
		if (n1?.t === ',' && n2 && n2.cap && !CAP_STOP.has(n2.lower) && !placeOf(n2.t)) {
			reg.pendingRole = { text: textOf(tokens, i + 1, j, src), start: i, end: j, para: reg.para };
			return null;
		}
		if (!indefinite) {
			const modWords = mods.map((m) => m.lower).filter((w) => !CAP_STOP.has(w));
			const country = modWords.map(placeOf).find((x) => x) ?? null;
			const e = reg.resolveRole(
				head,
				modWords.filter((w) => !placeOf(w)),
				country
			);
			if (e) return { i, j, ent: e, kind: 'role' };
		}
		const cleanOrg = orgName ? orgName.replace(/^(?:unnamed|anonymous)\s+/i, '') : null;
		const lowerMods = mods
			.filter((m) => !m.cap && !UNNAMED_ADJ.has(m.lower) && !FUNCTION_WORDS.has(m.lower))
			.map((m) => m.t);
		const name = cleanOrg
			? `${cleanOrg.replace(/^the\s+/i, '')} ${head}`
			: [...lowerMods, head].join(' ');
		const e = reg.create(name, 'person', textOf(tokens, i + 1, j, src));
		e.unnamed = true;
		if (cleanOrg) {
			const org = reg.org(cleanOrg) ?? reg.create(cleanOrg.replace(/^the\s+/i, ''), 'agency');
			e.context.push(...norm(org.name).split(' '));
			if (!e.country) e.country = org.country;
		}
		return { i, j, ent: e, kind: 'role' };
	}
	// Organisation anaphor: "the ministry", "the defense ministry", "the center".
	if (capMods.length) {
		const written = textOf(tokens, i + 1 + mods.findIndex((x) => x.cap), k + 1, src);
		const e = reg.org(written) ?? reg.create(written, 'agency');
		return { i, j: k + 1, ent: e, kind: 'name' };
	}
	const modWords = mods
		.map((m) => m.lower)
		.filter((w) => !UNNAMED_ADJ.has(w) || w === 'government');
	const phrase = [...modWords, head].join(' ');
	if (
		!indefinite &&
		/^(?:company|firm|carrier|maker|manufacturer|vendor|giant|group|airline|retailer|insurer|automaker|carmaker|chipmaker|publisher|startup|utility|operator|lender|bank)$/.test(
			head
		)
	) {
		for (const e of reg.recent())
			if (e.type === 'company') return { i, j: k + 1, ent: e, kind: 'anaphor' };
		// Otherwise the latest single-word name that is not a place or person ("SkyWays").
		for (const e of reg.recent(60))
			if (e.type === 'group' && !e.unnamed && /^\p{Lu}[\p{L}\p{N}&-]+$/u.test(e.name)) {
				e.type = 'company';
				return { i, j: k + 1, ent: e, kind: 'anaphor' };
			}
	}
	if (!indefinite) {
		for (const e of reg.recent()) {
			if (e.type === 'person' || e.type === 'document') continue;
			const n = `${coreKey(e.name)} ${norm(e.role ?? '')}`;
			const hw = head.replace('centre', 'center');
			const nameWords = n.split(' ');
			if (!nameWords.includes(hw)) continue;
			if (modWords.some((w) => !placeOf(w) && !n.includes(w.replace('defence', 'defense'))))
				continue;
			return { i, j, ent: e, kind: 'anaphor' };
		}
		if (modWords.length === 0) {
			const e = reg.create(head, 'agency');
			e.unnamed = true;
			return { i, j: k + 1, ent: e, kind: 'anaphor' };
		}
		if (modWords.every((w) => placeOf(w))) {
			// "the Chinese government" style: a government entity named by its country words.
			const written = textOf(tokens, i + 1, k + 1, src);
			const e = reg.org(written) ?? reg.create(written, 'agency');
			return { i, j: k + 1, ent: e, kind: 'name' };
		}
		const written = textOf(tokens, i + 1, k + 1, src);
		const e = reg.org(written) ?? reg.create(written, 'agency');
		reg.addAlias(e, phrase);
		return { i, j: k + 1, ent: e, kind: 'anaphor' };
	}
	void phrase;
	return null;
}

/** Parse a capitalised run [i, j) into a person, organisation, medium or place mention. */
function nameMention(
	tokens: Token[],
	i: number,
	j: number,
	reg: Registry,
	src: string,
	prior: Mention[]
): Mention | null {
	let s = i;
	while (s < j && (CAP_STOP.has(tokens[s]!.lower) || CONNECT.has(tokens[s]!.lower))) s++;
	if (s >= j) return null;
	const words = tokens.slice(s, j).map((t) => t.t);
	// Demonym + lowercase government word: "Chinese government", "Chinese officials".
	const after = tokens[j];
	if (
		j - s === 1 &&
		placeOf(words[0]!) &&
		after &&
		!after.quoted &&
		/^(?:government|military|authorities|officials|state|embassy|side|army|regime|administration)$/.test(
			after.lower
		)
	) {
		let k = j + 1;
		if (after.lower === 'state' && tokens[k]?.lower === 'media') k++;
		const written = textOf(tokens, s, k, src);
		const e = reg.org(written) ?? reg.create(written, after.lower === 'state' ? 'media' : 'agency');
		e.country = placeOf(words[0]!);
		return { i: s, j: k, ent: e, kind: 'name' };
	}
	const multiPlace = new Set<number>();
	words.forEach((w, k) => {
		const n = words[k + 1];
		if (n && PLACES[`${w} ${baseWord(n)}`.toLowerCase()]) {
			multiPlace.add(k);
			multiPlace.add(k + 1);
		}
	});
	const hasOrg = words.some((w) => isOrgWord(w));
	const hasMedia = words.some((w) => isMediaWord(w)) && !hasOrg;
	// Find where a personal name starts: after the last title, place or organisation word.
	let last = -1;
	words.forEach((w, k) => {
		if (
			isTitle(w) ||
			placeOf(w) ||
			multiPlace.has(k) ||
			isOrgWord(w) ||
			isMediaWord(w) ||
			isPossessive(w) ||
			(CONNECT.has(w.toLowerCase()) &&
				!(PARTICLES.has(w) && k > 0 && /^\p{Lu}/u.test(words[k - 1]!) && !isTitle(words[k - 1]!)))
		)
			last = k;
	});
	let lastTitle = -1;
	let lastOrg = -1;
	words.forEach((w, k) => {
		if (isTitle(w)) lastTitle = k;
		if (isOrgWord(w) || isMediaWord(w)) lastOrg = k;
	});
	const nameWords = words.slice(last + 1);
	const titled = words.slice(0, last + 1).some((w) => isTitle(w)) && lastOrg < lastTitle;
	const plainName = nameWords.every(
		(w, k) =>
			(NAME_WORD.test(w) && !CAP_STOP.has(w.toLowerCase())) ||
			/^\p{Lu}\.$/u.test(w) ||
			(k > 0 && PARTICLES.has(w))
	);
	const prevTok = tokens[i - 1];
	const afterPrep =
		prevTok !== undefined &&
		(PREP_PLACE.has(prevTok.lower) ||
			(prevTok.lower === 'the' && s === i + 1) ||
			prevTok.lower === 'the');
	const nextTok = tokens[j];
	const placeAfter =
		nextTok?.t === ',' && tokens[j + 1] !== undefined && US_STATES.has(tokens[j + 1]!.lower);
	if (
		nameWords.length >= 1 &&
		nameWords.filter((w) => !PARTICLES.has(w)).length <=
			(nameWords.some((w) => PARTICLES.has(w)) ? 5 : 3) &&
		plainName &&
		(titled || (!hasOrg && !hasMedia && last < 0)) &&
		!(afterPrep && !titled) &&
		!placeAfter
	) {
		if (nameWords.length === 1 && !titled) {
			const w = nameWords[0]!;
			const org = reg.org(w);
			const opener = s === 0 || tokens[s - 1]!.sent !== tokens[s]!.sent || tokens[s - 1]!.quoted;
			if (org && !opener) org.openerOnly = false;
			if (org && norm(org.name) === norm(w)) {
				describe(org, tokens, s, src);
				return { i: s, j, ent: org, kind: 'name' };
			}
			const known = reg.person([w]);
			if (known) return { i: s, j, ent: known, kind: 'name' };
			if (org) return { i: s, j, ent: org, kind: 'name' };
			const g = groupPhrase(tokens, s, j, reg, src);
			if (g && !CAPITALS.has(w.toLowerCase())) return g;
			const e = reg.create(w, CAPITALS.has(w.toLowerCase()) ? 'place' : 'group');
			e.openerOnly = opener;
			const desc = descriptor(tokens, s, src);
			if (desc) {
				e.role = desc.text;
				e.type = desc.type;
				for (const x of desc.text.split(/\s+/))
					if (placeOf(x) && !e.country) e.country = placeOf(x);
				return { i: desc.start, j, ent: e, kind: 'name' };
			}
			return { i: s, j, ent: e, kind: 'name' };
		}
		let person = reg.person(nameWords);
		let role: string | null = last >= 0 && titled ? words.slice(0, last + 1).join(' ') : null;
		let start = s;
		// Role before the run: "Acme spokesperson Dana Holt".
		if (!role) {
			let b = i;
			let sawTitle = false;
			while (b > 0) {
				const p = tokens[b - 1]!;
				if (p.quoted || !p.word) break;
				if (isTitle(p.t)) sawTitle = true;
				else if (!(p.cap && !CAP_STOP.has(p.lower)) && !isPossessive(p.t)) break;
				b--;
				if (i - b > 5) break;
			}
			if (sawTitle && b < i) {
				role = textOf(tokens, b, i, src);
				start = b;
			}
		}
		// Reverse appositive: "France's Ambassador to the United States, Marie Leblanc, ...".
		const prevM = prior[prior.length - 1];
		if (
			!role &&
			tokens[i - 1]?.t === ',' &&
			prevM &&
			prevM.j === i - 1 &&
			(prevM.kind === 'role' || prevM.ent.unnamed)
		) {
			role = textOf(tokens, prevM.i, prevM.j, src).replace(/^(?:a|an|the)\s+/i, '');
			start = prevM.i;
			if (prevM.ent.unnamed) reg.drop(prevM.ent);
		}
		if (
			!role &&
			tokens[i - 1]?.t === ',' &&
			prevM &&
			prevM.j === i - 1 &&
			prevM.kind === 'name' &&
			prevM.ent.type === 'agency' &&
			/\b(?:spokes\w*|ambassador|minister|director)\b/i.test(prevM.ent.name)
		) {
			role = prevM.ent.name;
			start = prevM.i;
		}
		const pr = reg.pendingRole;
		if (!role && pr && pr.para === reg.para && tokens[i - 1]?.t === ',' && pr.end === i - 1) {
			role = pr.text;
			start = pr.start;
			reg.pendingRole = null;
		}
		if (
			!role &&
			tokens[i - 1]?.t === ',' &&
			tokens[i - 2] &&
			isTitle(tokens[i - 2]!.t) &&
			!tokens[i - 2]!.quoted
		) {
			let b = i - 2;
			while (b > 0 && i - 2 - b < 6) {
				const p = tokens[b - 1]!;
				if (p.quoted || !p.word || FUNCTION_WORDS.has(p.lower)) break;
				if (p.sent !== tokens[i]!.sent) break;
				b--;
			}
			role = textOf(tokens, b, i - 1, src);
			start = b;
		}
		if (!role || /^(?:dr|mr|mrs|ms|miss|prof|sir|dame)\.?$/i.test(role))
			role = appositive(tokens, j, src) ?? role;
		if (!person) {
			person = reg.create(nameWords.join(' '), 'person', role);
		} else if (role && !person.role) person.role = role;
		if (role && !person.country) {
			for (const w of role.split(/\s+/)) {
				if (isTitle(w) && !placeOf(w)) break;
				const p = placeOf(w);
				if (p) {
					person.country = p;
					break;
				}
			}
		}
		return { i: start, j, ent: person, kind: 'name' };
	}
	// Organisation, medium, place or role-only run.
	let os = s;
	let country: string | null = null;
	while (os < j - 1 && (placeOf(tokens[os]!.t) || tokens[os]!.lower === 'the')) {
		country = country ?? placeOf(tokens[os]!.t);
		if (!isPossessive(tokens[os]!.t) && !hasOrg && !hasMedia) break;
		if (!isPossessive(tokens[os]!.t)) break;
		os++;
	}
	if (j - s === 1 && isPossessive(words[0]!) && !placeOf(words[0]!)) {
		const w = baseWord(words[0]!);
		const known = reg.person([w]) ?? reg.org(w);
		if (known) return { i: s, j, ent: known, kind: 'name' };
		const g = groupPhrase(tokens, s, j, reg, src);
		if (g) return g;
	}
	const written = textOf(tokens, os, j, src);
	const allPlace = words.every(
		(w, k) => placeOf(w) || multiPlace.has(k) || CONNECT.has(w.toLowerCase())
	);
	if (allPlace && isPossessive(words[words.length - 1]!)) {
		let k = j;
		while (
			k < j + 3 &&
			tokens[k] &&
			!tokens[k]!.quoted &&
			tokens[k]!.word &&
			!tokens[k]!.cap &&
			!FUNCTION_WORDS.has(tokens[k]!.lower)
		) {
			if (ORG_ANAPHORS.has(tokens[k]!.lower)) {
				const full = textOf(tokens, s, k + 1, src);
				const e = reg.org(full) ?? reg.create(full, 'agency');
				e.country = placeOf(words[0]!) ?? placeOf(`${words[0]} ${baseWord(words[1] ?? '')}`);
				reg.addAlias(e, textOf(tokens, j, k + 1, src));
				return { i: s, j: k + 1, ent: e, kind: 'name' };
			}
			k++;
		}
	}
	if (allPlace) {
		const nm = baseWord(written);
		const e = reg.org(nm) ?? reg.create(nm, 'place');
		if (isPossessive(words[words.length - 1]!) && !PLACES[nm.toLowerCase()]) return null;
		e.country = placeOf(words[0]!);
		return { i: s, j, ent: e, kind: 'name' };
	}
	if (titled && !hasOrg) {
		// A role without a name: resolve by role, or let a following name take it.
		const titleWord = [...words].reverse().find((w) => ROLE_HEADS.has(w.toLowerCase()));
		const c = words.map(placeOf).find((x) => x) ?? null;
		const e = titleWord ? reg.resolveRole(titleWord.toLowerCase(), [], c) : null;
		const n1 = tokens[j];
		const n2 = tokens[j + 1];
		if (n1?.t === ',' && n2?.cap) {
			const tmp = reg.create(written, 'person', written);
			tmp.unnamed = true;
			return { i: s, j, ent: tmp, kind: 'role' };
		}
		if (e) return { i: s, j, ent: e, kind: 'role' };
		return null;
	}
	const type: Ent['type'] = hasMedia
		? 'media'
		: hasOrg
			? orgType(words)
			: words.length === 1
				? 'group'
				: 'group';
	const nm = baseWord(written);
	const ws = nm.split(/\s+/);
	// "Acme" named before "Acme Technologies": the same company.
	const short =
		ws.length >= 2 && ws.slice(1).every((w) => SUFFIXES.test(w)) ? reg.org(ws[0]!) : null;
	const e = reg.org(nm) ?? (short && short.type === 'group' ? short : null) ?? reg.create(nm, type);
	if (e === short && type !== 'group') e.type = type;
	reg.addAlias(e, nm);
	describe(e, tokens, s, src);
	if (country && !e.country) e.country = country;
	if (!e.country) for (const w of words) if (placeOf(w)) e.country = placeOf(w);
	return { i: s, j, ent: e, kind: 'name' };
}

function orgType(words: string[]): EntityType {
	const lw = words.map((w) => baseWord(w).toLowerCase());
	if (
		lw.some((w) =>
			/^(?:corp|corporation|inc|co|company|ltd|llc|plc|ag|sa|gmbh|technologies|systems|holdings|industries|enterprises|motors|airlines|electric|steel|telecom)$/.test(
				w
			)
		)
	)
		return 'company';
	return 'agency';
}

/** ", president of Acme," → "president of Acme". */
function appositive(tokens: Token[], j: number, src: string): string | null {
	if (tokens[j]?.t !== ',') return null;
	let k = j + 1;
	if (tokens[k] && ['a', 'an', 'the'].includes(tokens[k]!.lower)) k++;
	let sawTitle = false;
	let e = k;
	while (e < tokens.length && e - k < 14) {
		const t = tokens[e]!;
		if (t.quoted || t.t === ',' || t.t === '.' || t.t === ';') break;
		if (isTitle(t.t)) sawTitle = true;
		if (!sawTitle && e - k >= 3) return null;
		e++;
	}
	if (!sawTitle || e === k) return null;
	return src.slice(tokens[k]!.start, tokens[e - 1]!.end);
}

const SUFFIXES =
	/^(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|AG|SA|GmbH|Group|Holdings|Technologies|Technology|Systems|Industries|Enterprises|International|Company)\.?$/;

/** Federal institutions that are American without saying so. */
const DEPTS =
	'justice|treasury|state|commerce|homeland security|energy|labor|agriculture|interior|transportation|veterans affairs';
const US_INSTITUTIONS = new RegExp(
	`\\b(?:(?:${DEPTS}) department|department of (?:the )?(?:${DEPTS})|fbi|cia|nsa|pentagon|white house|congress|senate|federal reserve|federal bureau of investigation|national security agency)\\b`
);

/** Side from the entity's role, name, country and context by general rules. */
export function inferSide(e: Ent): Side {
	const text = norm(`${e.name} ${e.role ?? ''} ${e.context.join(' ')}`);
	const words = new Set(text.split(' ').map((w) => w.replace(/'s$/, '')));
	const has = (re: RegExp): boolean => re.test(text);
	let country = e.country;
	if (!country) for (const w of words) if (placeOf(w)) country = placeOf(w);
	if (!country && US_INSTITUTIONS.test(text)) country = 'us';
	if (e.type === 'place') {
		if (country === 'china') return 'china-government';
		if (country === 'us') return 'us-government';
		return 'other';
	}
	if (
		has(
			/\b(?:university|professor|academy|institute|studies|scholar|researcher|lecturer|think tank)\b/
		)
	)
		return 'academic';
	if (
		e.type === 'media' ||
		has(/\b(?:news|newspaper|daily|broadcaster|journalist|editor|reporter|media)\b/)
	) {
		if (!has(/\b(?:ministry|government|department)\b/)) {
			if (country === 'china') return 'china-media';
			if (country === 'us') return 'us-media';
			return 'media';
		}
	}
	const gov = has(
		/\b(?:ministry|minister|government|embassy|ambassador|department|state|military|army|president|official|officials|office|administration|attorney|prosecutor|federal|council|commission|bureau|agency|police|defense|defence|foreign|center|centre|authorities|spokesman|spokeswoman|court|indictment|senate|congress|treasury|security)\b/
	);
	const company = has(
		/\b(?:company|corp|corporation|inc|technologies|systems|vendor|giant|ceo|partner|firm|maker|manufacturer|networking|telecommunications|telecom|spokesperson for (?:the )?company)\b/
	);
	if (company && !has(/\b(?:ministry|government|embassy)\b/)) {
		if (country === 'china') return 'china-company';
		if (country === 'us') return 'us-company';
		return 'other';
	}
	if (gov) {
		if (country === 'china') return 'china-government';
		if (country === 'us') return 'us-government';
	}
	return 'other';
}

const DESCRIPTORS = table(
	'media:agency newspaper broadcaster outlet tabloid daily channel magazine|company:company firm giant vendor maker manufacturer carrier|group:group|agency:ministry regulator'
) as Record<string, EntityType>;

/** "state news agency Tanjug", "Korean chipmaker Nexora": the words before a name. */
function descriptor(
	tokens: Token[],
	s: number,
	src: string
): { text: string; type: EntityType; start: number } | null {
	// "Korean chip giant, Nexora Technologies": a comma may stand between.
	if (tokens[s - 1]?.t === ',' && tokens[s - 2] && DESCRIPTORS[tokens[s - 2]!.lower]) s--;
	const head = tokens[s - 1];
	if (!head || head.quoted || !DESCRIPTORS[head.lower]) return null;
	let b = s - 1;
	while (b > 0 && s - b < 5) {
		const p = tokens[b - 1]!;
		if (
			p.quoted ||
			!p.word ||
			DETS.has(p.lower) ||
			INDEF.has(p.lower) ||
			(CAP_STOP.has(p.lower) && !placeOf(p.t))
		)
			break;
		b--;
	}
	const type: EntityType =
		head.lower === 'agency' && !tokens.slice(b, s).some((t) => /news|press/.test(t.lower))
			? 'agency'
			: DESCRIPTORS[head.lower]!;
	return { text: src.slice(tokens[b]!.start, head.end), type, start: b };
}

/** Give an organisation the role, type and country its descriptor states, if it has none yet. */
function describe(e: Ent, tokens: Token[], s: number, src: string): void {
	if (e.role) return;
	const d = descriptor(tokens, s, src);
	if (!d) return;
	e.role = d.text;
	if (e.type === 'group' || e.type === 'agency') e.type = d.type;
	for (const x of d.text.split(/\s+/)) if (placeOf(x) && !e.country) e.country = placeOf(x);
}

/** "Rail workers' unions have rejected...": a sentence-initial common noun phrase, not a name. */
function groupPhrase(
	tokens: Token[],
	s: number,
	j: number,
	reg: Registry,
	src: string
): Mention | null {
	const sentStart = s === 0 || tokens[s - 1]!.sent !== tokens[s]!.sent || tokens[s - 1]!.quoted;
	if (!sentStart) return null;
	let k = j;
	while (
		k < j + 4 &&
		tokens[k] &&
		!tokens[k]!.quoted &&
		tokens[k]!.word &&
		!tokens[k]!.cap &&
		!FUNCTION_WORDS.has(tokens[k]!.lower) &&
		!/(?:ed|ing)$/.test(tokens[k]!.lower) &&
		!SPEECH_VERB_FORMS.has(tokens[k]!.lower)
	)
		k++;
	// "Trump said": a bare name, not a common noun phrase.
	if (k === j && !/s['’]?$/.test(tokens[s]!.t)) return null;
	const phrase = textOf(tokens, s, k, src);
	const e = reg.org(phrase) ?? reg.create(phrase, 'group');
	e.unnamed = true;
	return { i: s, j: k, ent: e, kind: 'name' };
}
