/**
 * Editorial provenance (`content/provenance.json`) the extractor cannot see: relays named in the
 * paragraph but not in the quote's own sentence ("Xinhua cited data from CNCERT, which said…", "said
 * in a Forbes report"), and quotes an outlet gives in translation. Captions show them; quizzes do not
 * use them. Each relay must be named in its item's paragraph, or the build fails.
 */
import type { Bank } from '$lib/extract/types';
import { ContentError } from './content-error';
import { paragraphText } from './story-data';

const FILE = 'content/provenance.json';
const files = import.meta.glob('/content/provenance.json', { import: 'default', eager: true });

export interface Provenance {
	relays: Record<string, string>;
	translations: Record<string, string>;
}

/** Validates the provenance file against the bank (exported for tests). */
export function readProvenance(json: unknown, bank: Bank): Provenance {
	const o = (json ?? {}) as Record<string, unknown>;
	const map = (key: keyof Provenance): Record<string, string> => {
		const value = o[key] ?? {};
		if (typeof value !== 'object' || Array.isArray(value)) {
			throw new ContentError(FILE, key, 'must map item ids to text');
		}
		for (const [id, text] of Object.entries(value as Record<string, unknown>)) {
			const item = bank.quotes[id] ?? bank.figures[id];
			if (!item) throw new ContentError(FILE, `${key}.${id}`, 'no quote or figure with this id');
			if (typeof text !== 'string' || !text.trim()) {
				throw new ContentError(FILE, `${key}.${id}`, 'must be non-empty text');
			}
			const paragraph = paragraphText({ seed: item.seed, paragraph: item.paragraph });
			if (key === 'relays' && !paragraph.includes(text)) {
				throw new ContentError(
					FILE,
					`${key}.${id}`,
					`"${text}" is not named in paragraph ${item.paragraph} of ${item.seed}`
				);
			}
		}
		return value as Record<string, string>;
	};
	return { relays: map('relays'), translations: map('translations') };
}

let cached: Provenance | null = null;

export function provenance(bank: Bank): Provenance {
	cached ??= readProvenance(Object.values(files)[0], bank);
	return cached;
}
