/** The registry: an article's entities, their written forms, and the discourse state for pronouns. */
import type { EntityType } from './types';
import type { Gender } from './gender';
import { resolvePronoun, personLike } from './coreference';
import { coreKey, orgKeys, orgKey } from './org-keys';
import { isTitle, norm, placeOf, SUFFIXES } from './words';
import { Salience } from './salience';
import { startsUpper } from './chars';

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
	/** A bare word seen after "in", "at", "from" ("in Cleveland"): a place, not a person. */
	placeLike?: boolean;
	/** Known from a courtesy title or a gendered role, for resolving "he" and "she". */
	gender?: Gender | null;
	/** Named so far only as the one told ("she told the BBC"): a listener, not "the company". */
	heardOnly?: boolean;
}

export interface Mention {
	i: number;
	j: number;
	ent: Ent;
	kind: 'name' | 'pronoun' | 'anaphor' | 'relative' | 'role';
}

/** The article's entities, with state for resolving pronouns and anaphors. */
export class Registry {
	ents: Ent[] = [];
	/** How much each entity is in focus, for pronouns. */
	readonly focus = new Salience();
	/** The subject of the latest sentence that opens with a person ("Lee told the board ..."). */
	lastSubject: Ent | null = null;
	private speaker: Ent | null = null;
	private clock = 0;
	/** When the last speaker and the last subject were set, to tell which is more recent. */
	speakerAt = 0;
	subjectAt = 0;
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
	/** The latest person (or bare surname) and the latest non-person mentioned. */
	lastPerson: Ent | null = null;
	lastThing: Ent | null = null;
	private counter = 0;

	private orgIndex = new Map<string, Ent>();
	private personIndex = new Map<string, Ent>();
	private personWord = new Map<string, Ent>();
	private docs = new Map<string, Ent>();
	/** The aliases of each entity already in the organisation index (an organisation is named often). */
	private orgAliases = new WeakMap<Ent, Set<string>>();

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
			// Keys are only ever added where absent: indexing the same alias of an entity twice adds none.
			const indexed = this.orgAliases.get(e);
			if (indexed?.has(alias)) return;
			if (indexed) indexed.add(alias);
			else this.orgAliases.set(e, new Set([alias]));
			// Within one article an unqualified "Foreign Ministry" is the one already named.
			for (const k of [...orgKeys(alias), coreKey(alias)])
				if (!this.orgIndex.has(k)) this.orgIndex.set(k, e);
			// "Acme Technologies" is also "Acme"; "Nexora Inc" is also "Nexora".
			const ws = alias.split(/\s+/);
			if (
				ws.length >= 2 &&
				startsUpper(ws[0]!) &&
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

	/** The entity a pronoun stands for (see coreference). */
	resolvePronoun(
		w: string,
		local: Mention[] = [],
		subject = false,
		inSentence?: (m: Mention) => boolean
	): Ent | null {
		return resolvePronoun(this, w, local, subject, inSentence);
	}

	/** "the spokesman", "the ministry", "French ambassador to the US". */
	resolveRole(head: string, mods: string[], country: string | null): Ent | null {
		const h = head.replace(/^spokes(?:man|woman|person|people)$/, 'spokes');
		const { ents } = this;
		// The latest 300 entities, newest first (an index loop: this runs for every role phrase).
		for (let k = ents.length - 1; k >= 0 && k >= ents.length - 300; k--) {
			const e = ents[k]!;
			if (e.type === 'document' || e.type === 'place') continue;
			const { text, words } = roleWords.get(e);
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

/** A value worked out from an entity's name, role and type, kept until one of them changes: the role and
 *  anaphor look-ups read up to 300 entities per phrase, and normalising each every time was a tenth of
 *  the extractor's time on a long article. */
export class EntMemo<T> {
	private readonly cache = new WeakMap<
		Ent,
		{ name: string; role: string | null; type: Ent['type']; value: T }
	>();
	constructor(private readonly compute: (e: Ent) => T) {}

	get(e: Ent): T {
		const hit = this.cache.get(e);
		if (hit && hit.name === e.name && hit.role === e.role && hit.type === e.type) return hit.value;
		const value = this.compute(e);
		this.cache.set(e, { name: e.name, role: e.role, type: e.type, value });
		return value;
	}
}

/** An entity's role (and a non-person's name) as resolveRole matches a role noun against it. */
const roleWords = new EntMemo((e) => {
	const text = norm(`${e.role ?? ''} ${e.type === 'person' ? '' : e.name}`).replace(
		/spokes(?:man|woman|person|people)/g,
		'spokes'
	);
	return { text, words: text.split(' ') };
});

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

/** Final entity: follow document owners. */
export function resolveEnt(e: Ent | null): Ent | null {
	let cur = e;
	let guard = 0;
	while (cur && cur.owner && guard++ < 5) cur = cur.owner;
	return cur;
}
