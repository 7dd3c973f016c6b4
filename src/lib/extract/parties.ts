/**
 * Stage: the party each entity speaks for, found in the text. Organisations named only inside a
 * role ("Acme spokesperson", "president of the Transit Union") become entities, and every entity's
 * `sideOf` points at the top of its speaks-for chain: a government, company or other body.
 */
import { orgKeys } from './entities';
import { listAdd } from './grouping';
import { slugify } from './ids';
import { entityNamed, headsAService } from './relations';
import { partyKind } from './sides';
import type { Entity, PartyKind, Relation } from './types';

/** A proper name: capitalised words, with "of", "for", "and" or "&" between them. */
const PROPER = String.raw`(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|for|and|&)?\s*\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})`;
/** Head words of a role, in either case at their first letter ("Spokesman for", "spokesman for"). */
const HEADS =
	'spokesman spokeswoman spokesperson ceo CEO chief executive chairman chairwoman president director head founder employee representative member official'
		.split(' ')
		.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
		.join('|');
/** "Acme spokesperson", "an Acme Corp official". */
const BEFORE_HEAD = new RegExp(String.raw`^(?:an?\s+|the\s+)?${PROPER}\s+(?:${HEADS})\b`, 'u');
/** "spokesman for the Transit Union", "president of Brightwell". */
const AFTER_HEAD = new RegExp(
	String.raw`\b(?:${HEADS})\s+(?:of|for|from|at|with)\s+${PROPER}`,
	'u'
);
/** Titles that any kind of body has, so they say nothing about its kind. */
const ANY_SPEAKER =
	/\b(?:spokes(?:wo)?man|spokesperson|president|director|head|representative|member|official|founder|employee)\b/gi;
/** Title-like words that make a phrase a role, not a body ("U.S. Attorney General"). */
const ROLE_WORD =
	/\b(?:attorney|general|minister|secretary|ambassador|president|director|spokes\w*|unnamed)\b/i;

/** The organisation a role names by its proper name, if it does. */
function partyPhrase(e: Entity): string | null {
	for (const text of [e.role ?? '', e.type === 'person' ? e.name : '']) {
		const m = BEFORE_HEAD.exec(text) ?? AFTER_HEAD.exec(text);
		const name = m?.[1]?.replace(/\s+(?:of|for|and|&)$/, '').replace(/[’']s$/, '');
		if (name && !ROLE_WORD.test(name) && name !== e.name) return name;
	}
	return null;
}

/** The kind of a party known only from roles: companies by their words, bodies by their names. */
function kindFromRoles(name: string, roles: string[]): PartyKind {
	const own = partyKind(name, 'agency');
	if (own !== 'other') return own;
	// A spokesman or president may speak for anyone: only the other words of the roles tell.
	return partyKind(roles.join(', ').replace(ANY_SPEAKER, ''), 'agency');
}

/** Entities for organisations that roles name but the article never names on their own. */
export function partiesFromRoles(entities: Record<string, Entity>): Entity[] {
	const all = Object.values(entities);
	const byKey = new Map<string, string>();
	for (const e of all) if (e.type !== 'person') for (const k of orgKeys(e.name)) byKey.set(k, e.id);
	const found = new Map<string, { roles: string[]; seeds: Set<string> }>();
	for (const e of all) {
		const name = partyPhrase(e);
		if (!name || entityNamed(name, all, e) || orgKeys(name).some((k) => byKey.has(k))) continue;
		if (headsAService(e)) continue;
		const hit = found.get(name) ?? { roles: [], seeds: new Set<string>() };
		hit.roles.push(e.role ?? e.name);
		e.seeds.forEach((s) => hit.seeds.add(s));
		found.set(name, hit);
	}
	const out: Entity[] = [];
	// Ids given so far: a paste naming thousands of parties is not searched once per party.
	const ids = new Set<string>();
	for (const [name, { roles, seeds }] of [...found].sort((a, b) => a[0].localeCompare(b[0]))) {
		const side = kindFromRoles(name, roles);
		let id = slugify(name);
		while (entities[id] || ids.has(id)) id += '-party';
		ids.add(id);
		const type = side === 'company' ? 'company' : side === 'media' ? 'media' : 'agency';
		out.push({ id, name, type, role: null, side, aliases: [], seeds: [...seeds].sort() });
	}
	return out;
}

/** A crowd or body described, not named ("most of those polled", "the company"): no capital in it.
 *  "The company" may be any company the article names, so it is no party beside them. */
const isUnnamed = (e: Entity): boolean => !/\p{Lu}/u.test(e.name);

/**
 * Sets each entity's `sideOf` to the top of its speaks-for chain (through same-as names), and its
 * side to that party's kind when the entity's own says less. Persons, documents, crowds and bodies
 * not named ("the company") without a parent speak for no party; an organisation without one is its own.
 */
export function assignParties(entities: Record<string, Entity>, relations: Relation[]): void {
	const same = new Map<string, string>();
	for (const r of relations) if (r.type === 'same-as') same.set(r.from, r.to);
	const actor = (id: string): string => {
		for (let k = 0; k < 10 && same.has(id); k++) id = same.get(id)!;
		return id;
	};
	const up = new Map<string, string>();
	for (const r of relations)
		if (r.type === 'speaks-for' && !up.has(actor(r.from))) up.set(actor(r.from), actor(r.to));
	const members = new Map<string, Entity[]>();
	for (const e of Object.values(entities)) {
		let top = actor(e.id);
		const seen = new Set([top]);
		while (up.has(top) && !seen.has(up.get(top)!)) seen.add((top = up.get(top)!));
		const speaksForOne = seen.size > 1;
		const speaksAsItself = e.type !== 'person' && e.type !== 'document' && !isUnnamed(e);
		e.sideOf = speaksForOne || speaksAsItself ? top : null;
		if (e.sideOf && e.sideOf !== e.id) listAdd(members, top, e);
	}
	for (const [id, who] of members) {
		const party = entities[id];
		if (party && party.side === 'other')
			party.side = kindFromRoles(
				party.name,
				who.map((m) => m.role ?? m.name)
			);
		// Whoever speaks for a party is on its side, whatever their own title suggests.
		for (const m of who)
			if (party && !(party.side === 'other' && m.side === 'academic')) m.side = party.side;
	}
}
