/** The evidence bank for every article in seeds/, built once per server build (and prerendered). */
import { buildBank, type ArticleInput } from '$lib/extract/index';
import { applyReview, type Review } from '$lib/extract/review';
import type { Bank } from '$lib/extract/types';
import { applySideLabels, type SideLabels } from '$lib/content/sides';
import { articles } from './seeds';

const reviews = import.meta.glob('/content/review.json', {
	import: 'default',
	eager: true
}) as Record<string, Review>;

const sideLabels = import.meta.glob('/content/sides.json', {
	import: 'default',
	eager: true
}) as Record<string, SideLabels>;

/** Build from in-memory inputs, label the parties' sides, apply the review; exported for tests. */
export function bankFrom(
	inputs: ArticleInput[],
	review: Review | undefined,
	labels: SideLabels = {}
): Bank {
	const bank = applySideLabels(buildBank(inputs), labels);
	return review
		? applyReview(
				bank,
				review,
				inputs.map((input) => input.text)
			)
		: bank;
}

let cached: Bank | null = null;

/** The bank, built on first use. Throws (failing the build) on an unknown id in content/review.json. */
export function getBank(): Bank {
	// The articles come from seeds.ts, the one reader of seeds/, already validated against articles.json.
	cached ??= bankFrom(
		articles.map(({ seed, text, ...meta }) => ({ seed, text, meta })),
		Object.values(reviews)[0],
		Object.values(sideLabels)[0]
	);
	return cached;
}
