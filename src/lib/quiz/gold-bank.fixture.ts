/** Test fixture: an evidence bank built from the hand-made answer key, so quiz tests do not depend on the extractor. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Bank, Entity, EntityType, Figure, Quote, Side } from '$lib/extract/types';
import { hash } from './random';
import type { QuizModule } from './types';
import { KINDS } from './types';

const root = resolve(import.meta.dirname, '../../..');

interface GoldEntity {
	name: string;
	role: string | null;
	side: Side;
	aliases: string[];
}
interface GoldItem {
	seed: string;
	text: string;
	start: number;
	end: number;
	paragraph: number;
	kind: string;
	speaker?: string;
	via?: string | null;
	claimant?: string | null;
	value?: number;
	unit?: string;
	counts?: string;
}

const gold = JSON.parse(readFileSync(resolve(root, 'tests/seeds.gold.json'), 'utf8')) as {
	entities: Record<string, GoldEntity>;
	articles: Record<string, { outlet: string; title: string; published: string }>;
	quotes: GoldItem[];
	figures: GoldItem[];
};

export const texts: Record<string, string> = Object.fromEntries(
	Object.keys(gold.articles).map((seed) => [
		seed,
		readFileSync(resolve(root, 'seeds', seed), 'utf8')
	])
);

function typeOf(id: string, e: GoldEntity): EntityType {
	if (/daily|news|times|journal|xinhua|forbes|crn|register/i.test(e.name)) return 'media';
	if (
		/statement|indictment|report/i.test(`${e.name} ${e.role ?? ''}`) &&
		!/ /.test(id) &&
		/statement|indictment|imrc/.test(id)
	)
		return 'document';
	if (/huawei|cisco|ibm/i.test(e.name)) return 'company';
	if (/ministry|department|government|center|treasury|cncert|mss|office/i.test(`${id} ${e.name}`))
		return 'agency';
	return 'person';
}

function slug(name: string): string {
	return name
		.toLowerCase()
		.replace(/\(.*\)/, '')
		.replace(/^email to /, '')
		.trim()
		.replace(/[^a-z0-9]+/g, '-');
}

function sentence(text: string, start: number, end: number) {
	const before = text.lastIndexOf('. ', start);
	const para = text.lastIndexOf('\n', start);
	const s = Math.max(before >= 0 ? before + 2 : 0, para + 1);
	const stop = text.slice(end).search(/[.!?]["”’]?(\s|$)/);
	const e = stop < 0 ? text.length : end + stop + 1;
	return { start: s, end: Math.max(e, end) };
}

/** Builds the bank; `without` leaves articles out, to test what changes when one is added. */
export function goldBank(without: string[] = []): Bank {
	const seeds = Object.keys(gold.articles).filter((s) => !without.includes(s));
	const entities: Record<string, Entity> = {};
	for (const [id, e] of Object.entries(gold.entities)) {
		entities[id] = {
			id,
			name: e.name,
			type: typeOf(id, e),
			role: e.role,
			side: e.side,
			aliases: e.aliases,
			seeds
		};
	}
	const viaId = (via: string | null | undefined): string[] => {
		if (!via) return [];
		const id = slug(via);
		entities[id] ??= {
			id,
			name: via.replace(/\s*\(.*\)|^email to /g, ''),
			type: 'media',
			role: 'News organisation',
			side: /xinhua|china/i.test(via) ? 'china-media' : 'us-media',
			aliases: [],
			seeds
		};
		return [id];
	};
	const quotes: Record<string, Quote> = {};
	for (const q of gold.quotes.filter((q) => seeds.includes(q.seed))) {
		const id = `q-${hash(q.seed, q.text).toString(16).padStart(8, '0')}`;
		quotes[id] = {
			id,
			seed: q.seed,
			text: q.text,
			start: q.start,
			end: q.end,
			kind: q.kind as Quote['kind'],
			paragraph: q.paragraph,
			sentence: sentence(texts[q.seed]!, q.start, q.end),
			speakerId: q.speaker ?? null,
			speaker: q.speaker ? (gold.entities[q.speaker]?.name ?? null) : null,
			cue: null,
			via: viaId(q.via)
		};
	}
	const figures: Record<string, Figure> = {};
	for (const f of gold.figures.filter((f) => seeds.includes(f.seed))) {
		const id = `f-${hash(f.seed, f.text, f.start).toString(16).padStart(8, '0')}`;
		figures[id] = {
			id,
			seed: f.seed,
			text: f.text,
			start: f.start,
			end: f.end,
			value: f.value!,
			unit: f.unit!,
			counts: f.counts!,
			kind: f.kind as Figure['kind'],
			paragraph: f.paragraph,
			sentence: sentence(texts[f.seed]!, f.start, f.end),
			claimantId: f.claimant ?? null,
			claimant: f.claimant ? (gold.entities[f.claimant]?.name ?? null) : null,
			via: []
		};
	}
	// Same value and unit in two articles: the CNCERT figures Reuters and RT both carry.
	const links: Bank['links'] = [];
	const groups = new Map<string, Figure[]>();
	for (const f of Object.values(figures)) {
		const key = `${f.value}|${f.unit}|${f.counts}`;
		groups.set(key, [...(groups.get(key) ?? []), f]);
	}
	for (const [key, group] of groups) {
		const seedsOf = [...new Set(group.map((f) => f.seed))];
		if (seedsOf.length > 1) {
			links.push({
				id: `l-${hash(key)}`,
				type: 'figure',
				items: group.map((f) => f.id),
				seeds: seedsOf,
				differences: []
			});
		}
	}
	return {
		version: 1,
		articles: seeds.map((seed) => ({
			seed,
			slug: seed.replace(/\.txt$/, ''),
			...gold.articles[seed]!,
			paragraphs: [],
			furniture: [],
			quoteIds: Object.values(quotes)
				.filter((q) => q.seed === seed)
				.map((q) => q.id),
			figureIds: Object.values(figures)
				.filter((f) => f.seed === seed)
				.map((f) => f.id)
		})),
		entities,
		quotes,
		figures,
		links
	};
}

/** A module over every seed and every kind. */
export function everything(bank: Bank, count = 10): QuizModule {
	return {
		slug: 'everything',
		file: 'content/quizzes/everything.md',
		title: 'Everything',
		description: 'All',
		seeds: bank.articles.map((a) => a.slug),
		kinds: [...KINDS],
		count
	};
}
