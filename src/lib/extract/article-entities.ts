/** Stage: the article's entities as the bank shows them — names, roles, sides — from the mentions read. */
import type { Entity, EntityType, Side } from './types';
import { inferSide, Registry, type Ent } from './entities';
import { countryOf } from './sides';
import { slugify } from './ids';
import { sourceType } from './source-types';
import { startsUpper } from './chars';

/** A person's side from the organisation their role names ("Acme spokesperson"). */
function sideOf(e: Ent, reg: Registry): Side {
	const own = inferSide(e);
	if (own !== 'other' || e.type !== 'person' || !e.role) return own;
	const words = e.role.split(/\s+/).map((w) => w.replace(/['’]s$|[,.]$/g, ''));
	for (let k = 0; k < words.length; k++) {
		for (const n of [2, 1]) {
			const name = words.slice(k, k + n).join(' ');
			if (!startsUpper(name)) continue;
			const org = reg.org(name);
			if (org && org !== e) {
				const side = inferSide(org);
				if (side !== 'other') return side;
			}
		}
	}
	return own;
}

export function entityOf(e: Ent, seed: string, reg: Registry): Entity {
	const type: EntityType = sourceType(e);
	let role = e.role;
	if (e.type === 'place' && !role) role = e.country ? `Government in ${e.name}` : null;
	// A long agency name with an acronym reads better as the acronym ("NCIRC").
	const acronym = [...e.aliases].filter((a) => /^\p{Lu}{2,10}$/u.test(a)).sort()[0];
	const name = e.name.length > 40 && acronym ? acronym : e.name;
	const aliases = [...e.aliases].filter((a) => a !== name).sort();
	const country = countryOf(e);
	return {
		id: slugify(name),
		name,
		type,
		role,
		side: sideOf(e, reg),
		aliases,
		...(country ? { country } : {}),
		seeds: [seed]
	};
}

/** One entity per id, aliases pooled, sorted by id. */
export function mergeById(entities: Entity[]): Entity[] {
	const byId = new Map<string, Entity>();
	for (const e of entities) {
		const have = byId.get(e.id);
		if (!have) byId.set(e.id, e);
		else for (const a of e.aliases) if (!have.aliases.includes(a)) have.aliases.push(a);
	}
	return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
