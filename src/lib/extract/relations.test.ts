import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityNamed, inferRelations } from './relations';
import type { Entity, EntityType, Side } from './types';

/** Countries by their names, capitals and demonyms, written here by hand as the test's oracle. */
const COUNTRIES = [
	{ key: 'france', names: ['France', 'Paris', 'French government'] },
	{ key: 'japan', names: ['Japan', 'Tokyo', 'Japanese government'] },
	{ key: 'russia', names: ['Russia', 'Moscow', 'Russian government'] },
	{ key: 'canada', names: ['Canada', 'Ottawa', 'Canadian government'] }
];
const ORGS = ['Harbour Authority', 'Rail Board', 'Weather Office', 'Grain Council'];
const PEOPLE = ['Ada Quill', 'Ben Roux', 'Cleo Marsh', 'Dov Lind'];

function entity(id: string, name: string, type: EntityType, role: string | null = null): Entity {
	const side: Side = 'other';
	return { id, name, type, role, side, aliases: [], seeds: ['x.txt'] };
}

describe('relations inferred from names and roles', () => {
	it('makes every name of one state the same actor, and no two states one', () => {
		fc.assert(
			fc.property(
				fc.subarray(COUNTRIES, { minLength: 1 }),
				fc.array(fc.subarray([0, 1, 2], { minLength: 1 }), { minLength: 4, maxLength: 4 }),
				(countries, picks) => {
					const entities = countries.flatMap((c, i) =>
						picks[i]!.map((k) => entity(`${c.key}-${k}`, c.names[k]!, 'agency'))
					);
					const same = inferRelations(entities).filter((r) => r.type === 'same-as');
					const group = new Map(entities.map((e) => [e.id, e.id]));
					for (const r of same) group.set(r.from, r.to);
					const root = (id: string) => group.get(id)!;
					for (const a of entities)
						for (const b of entities) {
							const oneCountry = a.id.split('-')[0] === b.id.split('-')[0];
							expect(root(a.id) === root(b.id), `${a.name} / ${b.name}`).toBe(oneCountry);
						}
				}
			),
			{ numRuns: 50 }
		);
	});

	it('has a spokesperson speak for the organisation their role names, in any wording', () => {
		fc.assert(
			fc.property(
				fc.nat(ORGS.length - 1),
				fc.nat(PEOPLE.length - 1),
				fc.constantFrom(
					'spokesperson for the ',
					'spokesman from the ',
					'an official of the ',
					'chief executive of the ',
					'chairwoman of the ',
					'founder of the ',
					''
				),
				(o, p, wording) => {
					const org = entity('org', ORGS[o]!, 'agency');
					const decoys = ORGS.filter((_, i) => i !== o).map((n, i) => entity(`d${i}`, n, 'agency'));
					const role = wording ? `${wording}${org.name}` : `${org.name} spokesperson`;
					const person = entity('p', PEOPLE[p]!, 'person', role);
					const relations = inferRelations([person, org, ...decoys]);
					const up = relations.filter((r) => r.type === 'speaks-for' && r.from === 'p');
					expect(up.map((r) => r.to)).toEqual(['org']);
				}
			),
			{ numRuns: 50 }
		);
	});

	it('meets a ministry named either way round', () => {
		const ministry = entity('m', 'Ministry of National Defense', 'agency');
		const person = entity('p', 'Ada Quill', 'person', 'spokesman for the defence ministry');
		const relations = inferRelations([person, ministry]);
		expect(relations).toContainEqual(expect.objectContaining({ from: 'p', to: 'm' }));
	});

	it('files a document under the agency named beside it in the text', () => {
		const doc = { ...entity('doc', 'complaint', 'document'), side: 'us-government' as Side };
		const agency = { ...entity('a', 'Trade Commission', 'agency'), side: 'us-government' as Side };
		const other = { ...entity('b', 'Labor Office', 'agency'), side: 'us-government' as Side };
		const texts = [
			'The Trade Commission said the complaint was filed on Monday. The Labor Office did not comment.'
		];
		const relations = inferRelations([doc, agency, other], texts);
		expect(relations).toContainEqual(expect.objectContaining({ from: 'doc', to: 'a' }));
	});
});

/** The look-up stated the plain way, as it once ran: the list read in order for every phrase. */
function namedByReading(phrase: string, entities: Entity[], self: Entity): Entity | null {
	const norm = (s: string): string =>
		s
			.toLowerCase()
			.replace(/’/g, "'")
			.replace(/\./g, '')
			.replace(/^the\s+/, '')
			.replace(/\s+/g, ' ')
			.trim();
	/** The ministry's distinctive words, sorted: "Ministry of National Defence" → "defense". */
	const ministry = (s: string): string | null => {
		const n = norm(s)
			.replace(/defence/g, 'defense')
			.replace(/\bminister\b/g, 'ministry');
		if (!/\b(?:ministry|department)\b/.test(n)) return null;
		const stop =
			/^(?:ministry|department|of|the|for|national|affairs|state|assistant|deputy|vice|china|us|japan|france)$/;
		const ws = n
			.split(/[\s,]+/)
			.map((w) => w.replace(/'s$/, ''))
			.filter((w) => !stop.test(w));
		return ws.length ? ws.sort().join(' ') : null;
	};
	for (const e of entities) {
		if (e.id === self.id || e.type === 'person') continue;
		const names = [e.name, ...e.aliases];
		if (names.some((x) => norm(x) === norm(phrase))) return e;
		const key = ministry(phrase);
		if (key && names.some((x) => ministry(x) === key)) return e;
	}
	return null;
}

describe('the entity a phrase names', () => {
	const names = [
		...['the Rail Board', 'Rail Board', 'RAIL BOARD', 'Ministry of Defence', 'defense ministry'],
		...['Defense Department', 'Ministry of Trade', 'trade minister', 'Board', 'Grain Council'],
		...['Ada Quill', 'the ministry', "China's Ministry of Trade", 'Trade', 'Defense']
	];
	const types: EntityType[] = ['agency', 'person', 'company', 'document'];

	it('is the first of the list so named, other than the one asking (1,000 runs)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						name: fc.constantFrom(...names),
						alias: fc.option(fc.constantFrom(...names), { nil: undefined }),
						type: fc.constantFrom(...types)
					}),
					{ minLength: 1, maxLength: 8 }
				),
				fc.constantFrom(...names),
				fc.nat(),
				(specs, phrase, asking) => {
					const entities = specs.map(({ name, alias, type }, k) => ({
						...entity(`e${k}`, name, type),
						aliases: alias ? [alias] : []
					}));
					const self = entities[asking % entities.length]!;
					expect(entityNamed(phrase, entities, self)?.id ?? null).toBe(
						namedByReading(phrase, entities, self)?.id ?? null
					);
				}
			),
			{ numRuns: 1000, seed: 20261202 }
		);
	});
});
