/**
 * Editorial side labels (`content/sides.json`): which government, whose company or media a party the
 * extractor found is. The extractor only knows kinds (a government, a company); the countries the
 * seed modules talk about are content.
 */
import type { Bank, Side } from '$lib/extract/types';

export const PARTY_LABELS = [
	'china-government',
	'china-media',
	'china-company',
	'us-government',
	'us-media',
	'us-company'
] as const;

export type PartyLabel = (typeof PARTY_LABELS)[number];

/** Party entity id → label, as `content/sides.json` holds it. */
export type SideLabels = Record<string, string>;

const isLabel = (x: string): x is PartyLabel => (PARTY_LABELS as readonly string[]).includes(x);

/**
 * Gives every entity the label of the party it speaks for (or its own, for a party); returns a new
 * bank. Throws naming the first unknown entity id or label, so bad content fails the build.
 */
export function applySideLabels(bank: Bank, labels: SideLabels): Bank {
	for (const [id, label] of Object.entries(labels)) {
		if (!bank.entities[id]) throw new Error(`sides.json: unknown entity id "${id}"`);
		if (!isLabel(label))
			throw new Error(
				`sides.json: "${label}" for "${id}" is not one of: ${PARTY_LABELS.join(', ')}`
			);
	}
	const entities: Bank['entities'] = {};
	for (const [id, e] of Object.entries(bank.entities)) {
		const label = labels[e.sideOf ?? id] ?? labels[id];
		entities[id] = label ? { ...e, side: label as Side } : e;
	}
	return { ...bank, entities };
}
