/** Editorial corrections to the inferred relations: add same-actor pairs, set or clear whom someone speaks for. */
import type { Bank, Relation } from './types';

export interface RelationReview {
	/** Pairs of entity ids that denote one actor. */
	same?: [string, string][];
	/** Pairs inferred as one actor that are not. */
	different?: [string, string][];
	/** Entity id → the entity id it speaks for or belongs to, or null for nobody. */
	speaksFor?: Record<string, string | null>;
}

/** The bank's relations with the review applied; throws naming the first unknown entity id. */
export function applyRelationReview(bank: Bank, review: RelationReview): Relation[] {
	const known = (id: string, where: string) => {
		if (!bank.entities[id]) throw new Error(`review.json: unknown entity id "${id}" in ${where}`);
	};
	let out = [...(bank.relations ?? [])];
	for (const [a, b] of review.different ?? []) {
		known(a, 'relations.different');
		known(b, 'relations.different');
		out = out.filter(
			(r) =>
				!(r.type === 'same-as' && ((r.from === a && r.to === b) || (r.from === b && r.to === a)))
		);
	}
	for (const [a, b] of review.same ?? []) {
		known(a, 'relations.same');
		known(b, 'relations.same');
		out.push({ type: 'same-as', from: a, to: b, why: 'review.json' });
	}
	for (const [from, to] of Object.entries(review.speaksFor ?? {})) {
		known(from, 'relations.speaksFor');
		if (to !== null) known(to, `relations.speaksFor (for "${from}")`);
		out = out.filter((r) => !(r.type === 'speaks-for' && r.from === from));
		if (to !== null) out.push({ type: 'speaks-for', from, to, why: 'review.json' });
	}
	return out;
}
