/** Editorial review: exclude items, correct speakers or sides by id; unknown ids fail loudly. */
import { applyRelationReview, type RelationReview } from './relations-review';
import { inferRelations } from './relations';
import type { Bank, Side } from './types';
import { PARTY_LABELS } from '../content/sides';

export interface Review {
	/** Quote, figure or link ids to drop. */
	exclude?: string[];
	/** Quote or figure id → entity id of the right speaker or claimant. */
	speaker?: Record<string, string>;
	/** Entity id → side. */
	side?: Record<string, Side>;
	/** Same-actor and speaks-for relations to add or correct (see relations-review.ts). */
	relations?: RelationReview;
}

/** Every side a review may set: a party's kind, or a label content uses. */
const SIDES: Side[] = [
	...PARTY_LABELS,
	'government',
	'company',
	'media',
	'academic',
	'outlet',
	'other'
];

/**
 * Apply a review to a bank, returning a new bank; throws naming the first unknown id. With the seed
 * texts, relations are inferred again after the sides are corrected (a side decides whose arm an
 * agency is).
 */
export function applyReview(bank: Bank, review: Review, texts?: string[]): Bank {
	const out: Bank = structuredClone(bank);
	for (const id of review.exclude ?? []) {
		if (out.quotes[id]) delete out.quotes[id];
		else if (out.figures[id]) delete out.figures[id];
		else if (out.links.some((l) => l.id === id)) out.links = out.links.filter((l) => l.id !== id);
		else throw new Error(`review.json: unknown id "${id}" in exclude`);
	}
	for (const [id, entityId] of Object.entries(review.speaker ?? {})) {
		const ent = out.entities[entityId];
		if (!ent) throw new Error(`review.json: unknown entity id "${entityId}" (for "${id}")`);
		const q = out.quotes[id];
		const f = out.figures[id];
		if (q) {
			q.speakerId = ent.id;
			q.speaker = ent.name;
		} else if (f) {
			f.claimantId = ent.id;
			f.claimant = ent.name;
		} else throw new Error(`review.json: unknown id "${id}" in speaker`);
	}
	for (const [entityId, side] of Object.entries(review.side ?? {})) {
		const ent = out.entities[entityId];
		if (!ent) throw new Error(`review.json: unknown entity id "${entityId}" in side`);
		if (!SIDES.includes(side))
			throw new Error(`review.json: unknown side "${side}" for "${entityId}"`);
		ent.side = side;
	}
	if (texts && review.side) out.relations = inferRelations(Object.values(out.entities), texts);
	if (review.relations) out.relations = applyRelationReview(out, review.relations);
	for (const a of out.articles) {
		a.quoteIds = a.quoteIds.filter((id) => out.quotes[id]);
		a.figureIds = a.figureIds.filter((id) => out.figures[id]);
	}
	for (const l of out.links) {
		l.items = l.items.filter((id) => out.quotes[id] || out.figures[id]);
		l.differences = l.differences.filter(
			(d) => l.items.includes(d.item) && l.items.includes(d.against)
		);
	}
	out.links = out.links.filter((l) => l.items.length >= 2);
	return out;
}
