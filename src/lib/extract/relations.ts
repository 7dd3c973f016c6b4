/** Stage: which names denote one actor (a capital for its government) and who speaks for or belongs to whom. */
import { PLACES } from './lexicon';
import { listAdd } from './grouping';
import { countryIn } from './sides';
import type { Entity, Relation } from './types';

const norm = (s: string): string =>
	s
		.toLowerCase()
		.replace(/[’]/g, "'")
		.replace(/\./g, '')
		.replace(/^the\s+/, '')
		.replace(/\s+/g, ' ')
		.trim();

/** The country key of a bare place name or a place's government ("Paris", "the French government"). */
export function stateOf(e: Entity): string | null {
	if (e.type === 'person' || e.type === 'media' || e.type === 'company' || e.type === 'document')
		return null;
	for (const raw of [e.name, ...e.aliases]) {
		const n = norm(raw);
		const place = PLACES[n] ?? PLACES[n.replace(/ /g, '_')];
		if (place) return place;
		const gov = /^(.+?)(?:'s)? government$|^government of (?:the )?(.+)$/.exec(n);
		const where = gov ? (gov[1] ?? gov[2])! : null;
		if (where) {
			const key = PLACES[where] ?? PLACES[where.replace(/ /g, '_')];
			if (key) return key;
		}
	}
	return null;
}

/** A government or one of its arms, by the kind (or label) of its side. */
const isGovernment = (e: Entity): boolean =>
	e.side === 'government' || e.side.endsWith('-government');

/** The country of a government body or official: its own words, else how another's role names it. */
function governmentCountry(e: Entity, hints: Map<string, string>): string | null {
	if (!isGovernment(e)) return null;
	if (e.country) return e.country;
	for (const text of [e.name, e.role ?? '', ...e.aliases]) {
		const country = countryIn(text);
		if (country) return country;
	}
	return hints.get(e.id) ?? null;
}

/** Countries the text gives organisations in others' roles: "spokesman for China's Ministry of X". */
function countryHints(entities: Entity[]): Map<string, string> {
	const hints = new Map<string, string>();
	for (const e of entities) {
		for (const phrase of orgPhrases(e)) {
			const country = countryIn(phrase);
			const org = country ? entityNamed(phrase, entities, e) : null;
			if (org && country && !hints.has(org.id)) hints.set(org.id, country);
		}
	}
	return hints;
}

/** Distinctive words of a ministry-like name: "Ministry of National Defense" and "defense ministry" meet. */
function ministryKey(name: string): string | null {
	const n = norm(name)
		.replace(/defence/g, 'defense')
		.replace(/\bminister\b/g, 'ministry');
	if (!/\b(ministry|department)\b/.test(n)) return null;
	const words = n
		.split(/[\s,]+/)
		.map((w) => w.replace(/'s$/, ''))
		.filter(
			(w) =>
				!/^(ministry|department|of|the|for|national|affairs|state|assistant|deputy|vice)$/.test(
					w
				) && !PLACES[w]
		);
	return words.length ? words.sort().join(' ') : null;
}

/** Organisation phrases a role or name points at: "spokesman for X", "X spokesperson", "X's ministry". */
export function orgPhrases(e: Entity): string[] {
	const out: string[] = [];
	for (const text of [e.role ?? '', e.type === 'person' ? e.name : '']) {
		const t = text.replace(/[’]/g, "'");
		// The whole role first: "assistant foreign minister" names its ministry.
		if (t && t !== e.name) out.push(t);
		const after =
			/\b(?:spokes(?:wo)?man|spokesperson|official|officer|minister|director|head|chief|executive|ceo|president|chair(?:man|woman)?|founder|manager|secretary|representative|member|author|partner)\s+(?:for|from|of|at|with)\s+(.+)$/i.exec(
				t
			);
		if (after) out.push(after[1]!.replace(/,.*$/, ''));
		const before =
			/^(?:an?\s+|the\s+)?(.+?)\s+(?:spokes(?:wo)?man|spokesperson|official|ceo|chief|chairman|president|minister|executive)\b/i.exec(
				t
			);
		if (before) out.push(before[1]!);
		const possessive = /^(.+?)'s\s+(.+)$/.exec(t);
		if (possessive) out.push(possessive[2]!, possessive[1]!);
	}
	return out.map((p) => p.trim()).filter((p) => p.length > 1);
}

/** A service's head ("Fire Chief", "Police Commissioner"): the word before the title is the service. */
const SERVICE_HEAD = /^(\p{Lu}\p{Ll}+) [Cc](?:hief|ommissioner|aptain)$/u;

/** The head of a service speaks for no body named by the service's word alone ("Fire"). */
export const headsAService = (e: Entity): boolean => SERVICE_HEAD.test(e.role ?? '');

/** The one organisation whose name holds the service a head's title names ("Fire Chief" and the
 *  "Port Ellis Fire Department"). */
export function titledBody(e: Entity, entities: Entity[]): Entity | null {
	const word = SERVICE_HEAD.exec(e.role ?? '')?.[1];
	// Without such a title nothing is looked through: a bank of thousands of speakers is not read once
	// for each of them.
	if (!word) return null;
	const hits = entities.filter(
		(o) => o.id !== e.id && o.type !== 'person' && o.name.split(' ').includes(word)
	);
	return hits.length === 1 ? hits[0]! : null;
}

/** Each list's entities (not persons), with their place in it, by normalised name and by ministry
 *  key (after "\0"): made at the first look-up, as callers keep the list they pass unchanged. */
const NAMED = new WeakMap<Entity[], Map<string, [number, Entity][]>>();

/**
 * The first entity of the list whose name or alias is the phrase (or the same ministry), other than
 * `self`: looked up, not read for, so a bank of thousands of roles is not read once for each.
 */
export function entityNamed(phrase: string, entities: Entity[], self: Entity): Entity | null {
	let index = NAMED.get(entities);
	if (!index) {
		NAMED.set(entities, (index = new Map()));
		entities.forEach((e, at) => {
			if (e.type !== 'person')
				for (const x of [e.name, ...e.aliases])
					for (const k of [norm(x), '\0' + (ministryKey(x) ?? '')]) listAdd(index!, k, [at, e]);
		});
	}
	const key = ministryKey(phrase);
	const hits = [...(index.get(norm(phrase)) ?? []), ...((key && index.get('\0' + key)) || [])];
	return hits.sort((a, b) => a[0] - b[0]).find(([, e]) => e.id !== self.id)?.[1] ?? null;
}

/** Sentences of the texts that name both entities; counts how often a document and an agency meet. */
function issuerOf(doc: Entity, candidates: Entity[], texts: string[]): Entity | null {
	const pattern = (name: string) =>
		new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
	const docNames = [doc.name, ...doc.aliases].map((n) => pattern(n.replace(/^the\s+/i, '')));
	// The sentences naming the document, found once for all candidates.
	const sentences = texts
		.flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/))
		.filter((sentence) => docNames.some((d) => d.test(sentence)));
	let best: Entity | null = null;
	let bestCount = 0;
	for (const c of candidates) {
		const names = [c.name, ...c.aliases].filter((n) => /\p{Lu}/u.test(n)).map(pattern);
		const count = sentences.filter((sentence) => names.some((p) => p.test(sentence))).length;
		if (count > bestCount) [best, bestCount] = [c, count];
	}
	return best;
}

/** The parent an entity speaks for, and why; null when it speaks for itself. */
function parentOf(
	e: Entity,
	entities: Entity[],
	states: Map<string, Entity>,
	texts: string[],
	hints: Map<string, string>
): { to: Entity; why: string } | null {
	for (const phrase of orgPhrases(e)) {
		const org = entityNamed(phrase, entities, e);
		if (org && org.type !== 'media') return { to: org, why: `named in "${e.role ?? e.name}"` };
	}
	const within = titledBody(e, entities);
	if (within) return { to: within, why: `named in "${e.role}"` };
	const country = governmentCountry(e, hints);
	if (e.type === 'document') {
		const agencies = entities.filter(
			(c) =>
				c.type === 'agency' &&
				!stateOf(c) &&
				isGovernment(c) &&
				(!country || governmentCountry(c, hints) === country)
		);
		const issuer = issuerOf(e, agencies, texts);
		if (issuer) return { to: issuer, why: 'issuer named beside the document' };
	}
	const state = country ? states.get(country) : undefined;
	if (state && state.id !== e.id) return { to: state, why: `an arm of the ${country} government` };
	return null;
}

/**
 * Infers relations among a bank's entities from their names, roles, sides and the texts: every
 * name of one state is the same actor as its canonical name; each official, agency or document
 * speaks for its nearest parent.
 */
export function inferRelations(entities: Entity[], texts: string[] = []): Relation[] {
	const sorted = [...entities].sort((a, b) => a.id.localeCompare(b.id));
	const byCountry = new Map<string, Entity[]>();
	for (const e of sorted) {
		const country = stateOf(e);
		if (country) listAdd(byCountry, country, e);
	}
	const relations: Relation[] = [];
	const states = new Map<string, Entity>();
	for (const [country, members] of byCountry) {
		// The canonical name is the one that says "government"; else the longest.
		const canon = [...members].sort(
			(a, b) =>
				Number(/government/i.test(b.name)) - Number(/government/i.test(a.name)) ||
				b.name.length - a.name.length
		)[0]!;
		states.set(country, canon);
		for (const m of members) {
			if (m.id !== canon.id)
				relations.push({
					type: 'same-as',
					from: m.id,
					to: canon.id,
					why: `names ${country} state`
				});
		}
	}
	const hints = countryHints(sorted);
	for (const e of sorted) {
		if (stateOf(e) || e.type === 'media') continue;
		const parent = parentOf(e, sorted, states, texts, hints);
		if (parent)
			relations.push({ type: 'speaks-for', from: e.id, to: parent.to.id, why: parent.why });
	}
	return relations;
}
