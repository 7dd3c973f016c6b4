/** The lab's evidence bank: the seeds' pipeline over pasted articles, with the teacher's review applied. */
import {
	assembleBank,
	extractArticle,
	type ArticleExtraction,
	type ArticleInput
} from '$lib/extract/index';
import { fnv1a, slugify } from '$lib/extract/ids';
import { applyReview } from '$lib/extract/review';
import type { Bank, Entity, EntityType } from '$lib/extract/types';
import type { LabArticle, LabReview } from './types';

/**
 * Bank seed file name of each article: a hash of its text, so review keys (which hold item ids derived
 * from it) stay valid across reloads and metadata edits. A repeated text gets a counter.
 */
export function labSeeds(articles: LabArticle[]): string[] {
	const seen = new Map<string, number>();
	return articles.map((a) => {
		const base = `lab-${fnv1a(a.text)}`;
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		return `${n ? `${base}-${n}` : base}.txt`;
	});
}

/** The articles' texts by bank seed file name, as the quiz generators take them. */
export function labTexts(articles: LabArticle[]): Record<string, string> {
	const seeds = labSeeds(articles);
	return Object.fromEntries(articles.map((a, i) => [seeds[i]!, a.text]));
}

function inputs(articles: LabArticle[]): ArticleInput[] {
	const seeds = labSeeds(articles);
	return articles.map((a, i) => ({
		seed: seeds[i]!,
		text: a.text,
		meta: {
			title: a.title.trim() || undefined,
			outlet: a.outlet.trim() || (articles.length > 1 ? `Article ${i + 1}` : 'the article'),
			published: a.date.trim()
		}
	}));
}

const ORG_WORDS =
	/\b(?:ministry|department|agency|office|council|committee|commission|government|police|court|university|institute|foundation|association|union|party|bureau|authority|service|army|navy|company|corporation|inc|ltd|group|bank|board|school|hospital|club|league|network|news|times|post|press|radio|television|tv)\b/i;

/** A typed name's kind: an organisation word makes it a body, anything else a person. */
function typedType(name: string): EntityType {
	return ORG_WORDS.test(name) ? 'agency' : 'person';
}

/** The entity a typed speaker name means: an existing one under that name or alias, else a new one. */
function typedEntity(bank: Bank, name: string, seeds: string[]): Entity {
	const clean = name.replace(/\s+/g, ' ').trim();
	const key = clean.toLowerCase();
	const known = Object.values(bank.entities).find(
		(e) => e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key)
	);
	if (known) return known;
	let id = slugify(clean);
	while (bank.entities[id]) id = `${id}-typed`;
	const entity: Entity = {
		id,
		name: clean,
		type: typedType(clean),
		role: null,
		side: 'other',
		aliases: [],
		seeds
	};
	bank.entities[id] = entity;
	return entity;
}

/** Recent extractions by seed name: a review changes the bank, not what the text says. */
const extractions = new Map<string, { text: string; x: ArticleExtraction }>();
const KEPT_EXTRACTIONS = 16;

function extractOnce(input: ArticleInput): ArticleExtraction {
	const hit = extractions.get(input.seed);
	if (hit && hit.text === input.text) return hit.x;
	const x = extractArticle(input.text, input.seed);
	if (extractions.size >= KEPT_EXTRACTIONS) extractions.delete(extractions.keys().next().value!);
	extractions.set(input.seed, { text: input.text, x });
	return x;
}

/** `buildBank`, with each article's extraction kept for the next review of the same text. */
function buildLabBank(articles: LabArticle[]): Bank {
	const sorted = inputs(articles).sort((a, b) => a.seed.localeCompare(b.seed));
	return assembleBank(sorted, sorted.map(extractOnce));
}

/** Review keys that name nothing in this bank (a text edited since the review was made). */
export function staleReviewKeys(bank: Bank, review: LabReview): string[] {
	const item = (id: string) => id in bank.quotes || id in bank.figures;
	const entity = (id: string) => id in bank.entities;
	const stale: string[] = [];
	for (const id of review.exclude ?? []) if (!item(id)) stale.push(id);
	for (const [id, to] of Object.entries(review.speaker ?? {}))
		if (!item(id) || !entity(to)) stale.push(id);
	for (const id of Object.keys(review.newSpeakers ?? {})) if (!item(id)) stale.push(id);
	for (const id of Object.keys(review.side ?? {})) if (!entity(id)) stale.push(id);
	const pairs = [...(review.relations?.same ?? []), ...(review.relations?.different ?? [])];
	for (const [a, b] of pairs) if (!entity(a) || !entity(b)) stale.push(`${a}~${b}`);
	for (const [from, to] of Object.entries(review.relations?.speaksFor ?? {}))
		if (!entity(from) || (to !== null && !entity(to))) stale.push(`${from}>${to}`);
	return stale;
}

/** The review without its stale keys, typed speakers turned into entities of `bank` (mutated). */
function usableReview(bank: Bank, review: LabReview, seeds: string[]): LabReview {
	const item = (id: string) => id in bank.quotes || id in bank.figures;
	const entity = (id: string) => id in bank.entities;
	const speaker: Record<string, string> = {};
	for (const [id, to] of Object.entries(review.speaker ?? {}))
		if (item(id) && entity(to)) speaker[id] = to;
	// A typed name wins over a chosen one: it is what the teacher did last in that field.
	for (const [id, name] of Object.entries(review.newSpeakers ?? {}))
		if (item(id) && name.trim()) speaker[id] = typedEntity(bank, name, seeds).id;
	const relations = review.relations ?? {};
	const sides = Object.entries(review.side ?? {}).filter(([id]) => entity(id));
	return {
		exclude: (review.exclude ?? []).filter(item),
		speaker,
		// Only a real side change re-infers the relations (applyReview does when `side` is given).
		...(sides.length ? { side: Object.fromEntries(sides) } : {}),
		relations: {
			same: (relations.same ?? []).filter(([a, b]) => entity(a) && entity(b)),
			different: (relations.different ?? []).filter(([a, b]) => entity(a) && entity(b)),
			speaksFor: Object.fromEntries(
				Object.entries(relations.speaksFor ?? {}).filter(
					([from, to]) => entity(from) && (to === null || entity(to))
				)
			)
		}
	};
}

/**
 * The bank of the lab's articles, built exactly as the seeds' is (`buildBank`'s order and
 * `assembleBank`; the extraction of an unchanged text is reused), with the review applied through
 * the seeds' own `applyReview`. Keys that no longer name anything (the text was edited) are left out
 * rather than failing: `staleReviewKeys` lists them for the page.
 */
export function labBank(articles: LabArticle[], review?: LabReview): Bank {
	const bank = buildLabBank(articles);
	if (!review) return bank;
	const seeds = labSeeds(articles);
	const usable = usableReview(bank, review, seeds);
	return applyReview(
		bank,
		usable,
		articles.map((a) => a.text)
	);
}
