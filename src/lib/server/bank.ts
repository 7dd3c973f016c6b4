/** The evidence bank for every article in seeds/, built once per server build (and prerendered). */
import { buildBank } from '$lib/extract/index';
import { applyReview, type Review } from '$lib/extract/review';
import type { ArticleMeta, Bank } from '$lib/extract/types';

type MetaFile = Record<string, Partial<Omit<ArticleMeta, 'seed' | 'slug'>>>;

const texts = import.meta.glob('/seeds/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const metas = import.meta.glob('/seeds/articles.json', {
	import: 'default',
	eager: true
}) as Record<string, MetaFile>;
const reviews = import.meta.glob('/content/review.json', {
	import: 'default',
	eager: true
}) as Record<string, Review>;

/** Build from in-memory inputs; exported for tests. */
export function bankFrom(
	files: Record<string, string>,
	meta: MetaFile,
	review: Review | undefined
): Bank {
	const inputs = Object.entries(files).map(([path, text]) => {
		const seed = path.split('/').pop()!;
		return { seed, text, meta: meta[seed] };
	});
	const bank = buildBank(inputs);
	return review ? applyReview(bank, review, Object.values(files)) : bank;
}

let cached: Bank | null = null;

/** The bank, built on first use. Throws (failing the build) on an unknown id in content/review.json. */
export function getBank(): Bank {
	cached ??= bankFrom(texts, Object.values(metas)[0] ?? {}, Object.values(reviews)[0]);
	return cached;
}
