/** The article as the lab shows it: paragraphs cut into text and nested marks (quotes, figures, speaker mentions). */
import type { Bank, Entity } from '$lib/extract/types';

export interface Mark {
	type: 'quote' | 'figure' | 'mention';
	start: number;
	end: number;
	/** The quote or figure id; the entity id for a mention. */
	id: string;
	/** What a screen reader hears before the marked words, e.g. "Quote 3, said by Ana Ruiz:". */
	label: string;
	/** The short visible tag: "Q3", "F2" (mentions have none). */
	tag: string | null;
}

export type Piece = { text: string } | { mark: Mark; pieces: Piece[] };

export interface ShownParagraph {
	number: number;
	pieces: Piece[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place a name or alias of a speaking entity appears in `text`, as whole words. */
function mentionsIn(text: string, offset: number, entities: Entity[]): Mark[] {
	const out: Mark[] = [];
	for (const entity of entities) {
		const names = [entity.name, ...entity.aliases].filter((n) => n.trim().length >= 3);
		if (names.length === 0) continue;
		const pattern = names
			.sort((a, b) => b.length - a.length)
			.map(escape)
			.join('|');
		const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'gu');
		for (const m of text.matchAll(re)) {
			const start = offset + m.index;
			out.push({
				type: 'mention',
				start,
				end: start + m[0].length,
				id: entity.id,
				label: `Mention of ${entity.name}:`,
				tag: null
			});
		}
	}
	return out;
}

/** Nests marks: a mark inside another becomes its child; one that only half overlaps is left out. */
function nest(text: string, from: number, to: number, marks: Mark[]): Piece[] {
	const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
	const pieces: Piece[] = [];
	let at = from;
	let i = 0;
	while (i < sorted.length) {
		const mark = sorted[i]!;
		i++;
		if (mark.start < at || mark.end > to) continue;
		const inside: Mark[] = [];
		while (i < sorted.length && sorted[i]!.start < mark.end) {
			if (sorted[i]!.end <= mark.end) inside.push(sorted[i]!);
			i++;
		}
		if (mark.start > at) pieces.push({ text: text.slice(at, mark.start) });
		pieces.push({ mark, pieces: nest(text, mark.start, mark.end, inside) });
		at = mark.end;
	}
	if (at < to) pieces.push({ text: text.slice(at, to) });
	return pieces;
}

/** Numbers for the visible tags: quotes and figures counted in reading order across the articles. */
export function itemNumbers(bank: Bank): Map<string, string> {
	const tags = new Map<string, string>();
	let quotes = 0;
	let figures = 0;
	for (const article of bank.articles) {
		const items = [
			...article.quoteIds.map((id) => bank.quotes[id]!),
			...article.figureIds.map((id) => bank.figures[id]!)
		]
			.filter(Boolean)
			.sort((a, b) => a.start - b.start);
		for (const item of items)
			tags.set(item.id, item.id.startsWith('q-') ? `Q${++quotes}` : `F${++figures}`);
	}
	return tags;
}

/** One article's paragraphs with every quotation, figure and speaker mention marked. */
/** `tags` come from the bank as found, so an item keeps its tag when others are left out. */
export function shownArticle(
	bank: Bank,
	seed: string,
	text: string,
	tags: Map<string, string>
): ShownParagraph[] {
	const article = bank.articles.find((a) => a.seed === seed);
	if (!article) return [];
	const speaking = new Set<string>();
	for (const q of Object.values(bank.quotes)) if (q.speakerId) speaking.add(q.speakerId);
	for (const f of Object.values(bank.figures)) if (f.claimantId) speaking.add(f.claimantId);
	const entities = [...speaking].map((id) => bank.entities[id]).filter((e) => e !== undefined);
	const items: Mark[] = [
		...article.quoteIds.map((id): Mark | null => {
			const q = bank.quotes[id];
			if (!q) return null;
			const tag = tags.get(id) ?? 'Q';
			const who = q.speaker ? `said by ${q.speaker}` : 'no speaker found';
			return { type: 'quote', start: q.start, end: q.end, id, label: `Quote ${tag}, ${who}:`, tag };
		}),
		...article.figureIds.map((id): Mark | null => {
			const f = bank.figures[id];
			if (!f) return null;
			const tag = tags.get(id) ?? 'F';
			const who = f.claimant ? `claimed by ${f.claimant}` : 'stated by the outlet';
			return {
				type: 'figure',
				start: f.start,
				end: f.end,
				id,
				label: `Figure ${tag}, ${who}:`,
				tag
			};
		})
	].filter((m): m is Mark => m !== null);
	return article.paragraphs.map((p, i) => {
		const inside = items.filter((m) => m.start >= p.start && m.end <= p.end);
		const mentions = mentionsIn(text.slice(p.start, p.end), p.start, entities);
		return { number: i + 1, pieces: nest(text, p.start, p.end, [...inside, ...mentions]) };
	});
}
