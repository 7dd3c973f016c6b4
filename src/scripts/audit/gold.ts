/** The audit's oracle: the hand-checked answer key and relations, and the map from bank items and entities to them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank, Entity, Side, Span } from '../../lib/extract/types';

export interface GoldEntity {
	name: string;
	role: string | null;
	side: Side;
	aliases: string[];
}
export interface GoldItem extends Span {
	seed: string;
	text: string;
	speaker?: string;
	claimant?: string | null;
	alt?: string[];
}
export interface GoldKey {
	entities: Record<string, GoldEntity>;
	quotes: GoldItem[];
	figures: GoldItem[];
	boilerplate: (Span & { seed: string })[];
}

const COUNTRY = /^(?:the\s+)?(?:u\.?s\.?|us|united states|american|china's|chinese|china)\s+/i;

/** A name compared loosely: no case, punctuation, leading "the" or leading country word. */
export function looseName(name: string): string[] {
	const base = name
		.toLowerCase()
		.replace(/[’]/g, "'")
		.replace(/^(?:an?|the)\s+/, '')
		.trim();
	const bare = base
		.replace(COUNTRY, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	const plain = base.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	// "U.S. government" must not meet "Chinese government" as a bare "government".
	return [...new Set([plain, bare.includes(' ') ? bare : ''].filter(Boolean))];
}

export class Oracle {
	readonly gold: GoldKey;
	readonly parent: Record<string, string>;
	readonly #byName = new Map<string, Set<string>>();

	constructor(root: string) {
		this.gold = JSON.parse(readFileSync(join(root, 'tests/seeds.gold.json'), 'utf8')) as GoldKey;
		const rel = JSON.parse(readFileSync(join(root, 'tests/relations.gold.json'), 'utf8')) as {
			speaksFor: Record<string, string>;
		};
		this.parent = rel.speaksFor;
		for (const [id, e] of Object.entries(this.gold.entities)) {
			for (const n of [e.name, ...e.aliases].flatMap(looseName)) {
				if (!this.#byName.has(n)) this.#byName.set(n, new Set());
				this.#byName.get(n)!.add(id);
			}
		}
	}

	/** Gold entity ids a bank entity could be (empty when the key does not know it). */
	goldIds(e: Entity | undefined): Set<string> {
		const out = new Set<string>();
		if (!e) return out;
		for (const n of [e.name, ...e.aliases].flatMap(looseName)) {
			for (const id of this.#byName.get(n) ?? []) out.add(id);
		}
		return out;
	}

	ancestors(id: string): Set<string> {
		const out = new Set<string>();
		let at = this.parent[id];
		while (at && !out.has(at)) {
			out.add(at);
			at = this.parent[at];
		}
		return out;
	}

	/** Gold ids related to any of `ids`: themselves, what they speak for, and who speaks for them. */
	family(ids: Iterable<string>): Set<string> {
		const out = new Set<string>();
		for (const id of ids) {
			out.add(id);
			for (const a of this.ancestors(id)) out.add(a);
			for (const other of Object.keys(this.gold.entities)) {
				if (this.ancestors(other).has(id)) out.add(other);
			}
		}
		return out;
	}

	/** The key's version of a bank quote or figure: same seed, overlapping words. */
	itemFor(kind: 'quote' | 'figure', seed: string, span: Span): GoldItem | undefined {
		const list = kind === 'quote' ? this.gold.quotes : this.gold.figures;
		return list.find((g) => g.seed === seed && g.start < span.end && span.start < g.end);
	}

	isBoilerplate(seed: string, span: Span): boolean {
		return this.gold.boilerplate.some(
			(b) => b.seed === seed && b.start < span.end && span.start < b.end
		);
	}
}

export function bankEntity(bank: Bank, id: string): Entity | undefined {
	return bank.entities[id];
}
