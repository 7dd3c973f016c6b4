/** The bank: merge per-article extractions, unify entities across articles, link repeated items. */
import type { ArticleEvidence, ArticleMeta, Bank, Entity, Figure, Quote } from './types';
import { dropFurniture, sentenceClaimants } from './claims';
import { orgKeys } from './entities';
import { extractArticle, type ArticleExtraction } from './extract';
import { disjointSets } from './grouping';
import { slugify } from './ids';
import { buildLinks } from './links';
import { assignParties, partiesFromRoles } from './parties';
import { inferRelations } from './relations';

export interface ArticleInput {
	seed: string;
	text: string;
	meta?: Partial<Omit<ArticleMeta, 'seed' | 'slug'>>;
}

const norm = (s: string): string =>
	s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/** Keys under which two entities from different articles are the same one. */
function keys(e: Entity): string[] {
	if (e.type === 'person') return [`p:${norm(e.name)}`];
	if (e.type === 'document' && /^the /i.test(e.name)) return [];
	const out = new Set<string>(orgKeys(e.name).map((k) => `o:${k}`));
	for (const a of e.aliases) if (/\p{Lu}/u.test(a)) for (const k of orgKeys(a)) out.add(`o:${k}`);
	return [...out];
}

/** Merge entities across articles; returns the merged entities and a map from old ids to new. */
export function mergeEntities(perArticle: Entity[][]): {
	entities: Record<string, Entity>;
	remap: Map<string, string>[];
} {
	const all: { e: Entity; a: number }[] = [];
	perArticle.forEach((list, a) => list.forEach((e) => all.push({ e, a })));
	const sets = disjointSets(all);
	const byKey = new Map<string, (typeof all)[number]>();
	for (const item of all) {
		for (const k of keys(item.e)) {
			const first = byKey.get(k);
			if (first) sets.union(item, first);
			else byKey.set(k, item);
		}
	}
	const entities: Record<string, Entity> = {};
	const remap = perArticle.map(() => new Map<string, string>());
	for (const members of sets.sets()) {
		const es = members.map((m) => m.e);
		// Canonical name: the most used; ties go to the longest.
		const count = new Map<string, number>();
		for (const e of es) count.set(e.name, (count.get(e.name) ?? 0) + 1);
		const caps = (x: string): boolean => /^\p{Lu}{2,10}$/u.test(x);
		let name = [...count.entries()].sort(
			(x, y) =>
				y[1] - x[1] ||
				(caps(x[0]) && caps(y[0]) ? x[0].length - y[0].length : y[0].length - x[0].length) ||
				x[0].localeCompare(y[0])
		)[0]![0];
		// A long agency name with an acronym reads better as the acronym ("NCIRC").
		const acronyms = [...new Set(es.flatMap((e) => e.aliases))].filter(caps).sort();
		if (name.length > 40 && acronyms.length) name = acronyms[0]!;
		let id = slugify(name);
		if (entities[id]) id = `${id}-${members.length}`;
		const aliases = new Set<string>();
		for (const e of es) {
			aliases.add(e.name);
			e.aliases.forEach((a) => aliases.add(a));
		}
		aliases.delete(name);
		const role =
			es.find((e) => e.role && e.type === 'person')?.role ?? es.find((e) => e.role)?.role ?? null;
		const sides = es.map((e) => e.side).filter((s) => s !== 'other');
		const country = es.find((e) => e.country)?.country;
		entities[id] = {
			id,
			name,
			type: es[0]!.type,
			role,
			side: sides[0] ?? 'other',
			aliases: [...aliases].sort(),
			...(country ? { country } : {}),
			seeds: [...new Set(es.flatMap((e) => e.seeds))].sort()
		};
		for (const { e, a } of members) remap[a]!.set(e.id, id);
	}
	return { entities, remap };
}

function metaFor(input: ArticleInput, x: ArticleExtraction): ArticleMeta {
	const slug = input.seed.replace(/\.txt$/, '');
	const firstLine =
		x.paragraphs
			.map((p) => input.text.slice(p.start, p.end))
			.find((l) => l.length > 20 && l.split(/\s+/).length >= 4) ?? slug;
	return {
		seed: input.seed,
		slug,
		outlet: input.meta?.outlet ?? 'Unknown outlet',
		title: input.meta?.title ?? firstLine,
		published: input.meta?.published ?? '',
		...(input.meta?.author ? { author: input.meta.author } : {}),
		...(input.meta?.note ? { note: input.meta.note } : {})
	};
}

/** Build the evidence bank from raw articles (sorted by file name for a stable result). */
export function buildBank(inputs: ArticleInput[]): Bank {
	const sorted = [...inputs].sort((a, b) => a.seed.localeCompare(b.seed));
	const ex: ArticleExtraction[] = sorted.map((a) => extractArticle(a.text, a.seed));
	return assembleBank(sorted, ex);
}

export function assembleBank(inputs: ArticleInput[], ex: ArticleExtraction[]): Bank {
	const { entities, remap } = mergeEntities(ex.map((x) => x.entities));
	const quotes: Record<string, Quote> = {};
	const figures: Record<string, Figure> = {};
	const articles: ArticleEvidence[] = [];
	const claimFromSentence = sentenceClaimants(Object.values(entities));
	ex.forEach((x, a) => {
		const map = remap[a]!;
		const rename = (id: string | null): string | null => (id === null ? null : (map.get(id) ?? id));
		const text = inputs[a]!.text;
		const refined = {
			quotes: dropFurniture(text, x.paragraphs, x.quotes),
			figures: dropFurniture(text, x.paragraphs, x.figures)
		};
		for (const q of refined.quotes) {
			const speakerId = rename(q.speakerId);
			quotes[q.id] = {
				...q,
				speakerId,
				speaker: speakerId ? (entities[speakerId]?.name ?? q.speaker) : null,
				via: q.via.map((v) => rename(v)!)
			};
		}
		for (const f of refined.figures) {
			const claimantId = rename(f.claimantId);
			figures[f.id] = claimFromSentence(text, {
				...f,
				claimantId,
				claimant: claimantId ? (entities[claimantId]?.name ?? f.claimant) : null,
				via: f.via.map((v) => rename(v)!)
			});
		}
		articles.push({
			...metaFor(inputs[a]!, x),
			paragraphs: x.paragraphs,
			furniture: x.furniture,
			quoteIds: refined.quotes.map((q) => q.id),
			figureIds: refined.figures.map((f) => f.id)
		});
	});
	// One article links nothing: a paste of one text costs no link work (the lab's usual bank).
	const links = ex.length > 1 ? buildLinks(Object.values(quotes), Object.values(figures)) : [];
	for (const party of partiesFromRoles(entities)) entities[party.id] = party;
	const relations = inferRelations(
		Object.values(entities),
		inputs.map((i) => i.text)
	);
	assignParties(entities, relations);
	return { version: 1, articles, entities, quotes, figures, links, relations };
}
