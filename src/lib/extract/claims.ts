/** Stage: claims pinned on the party the sentence names, and nothing taken from captions, datelines or bylines. */
import type { Entity, Figure, Span } from './types';
import { firstEndingAfter } from './spans';

/** Photo captions: a credit ("AFP Photo / …", "/ Reuters") or the left/right markers of people pictured. */
const CAPTION =
	/\(\s*(?:\p{Lu}{2,}\s+)?Photo\b|\bPhoto\s*(?:\/|:|by\b)|\/\s*(?:AFP|AP|Reuters|Getty(?: Images)?|EPA)\s*\)|\((?:L|R|C|left|right|centre|center)\)/u;
/** A byline or time stamp line: "By Jane Roe", "Updated 20 May, 2014 07:09", "20 May, 2014 07:09". */
const BYLINE =
	/^(?:by\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}|(?:published|updated|posted)\b.*|\d{1,2}\s+\p{L}+,?\s+\d{4}\s+\d{1,2}:\d{2}.*)$/iu;
/** A dateline before the story's first words: "PARIS, March 3 (Wire) -". */
const DATELINE = /^[\p{Lu}][\p{Lu} .,'-]+(?:,\s*\p{L}+\.?\s+\d{1,2})?\s*\([^)]{2,30}\)\s*[-–—]/u;

/** Paragraph text that is page furniture for questions: a caption, a byline or a time stamp. */
export function furnitureParagraph(text: string): boolean {
	const t = text.trim();
	return CAPTION.test(t) || (t.length < 90 && BYLINE.test(t));
}

/**
 * Where furniture ends in paragraph p: its end for a caption or byline paragraph, the end of its
 * dateline, or its start when it has neither.
 */
function furnitureEnd(text: string, p: Span): number {
	const body = text.slice(p.start, p.end);
	if (furnitureParagraph(body)) return p.end;
	const dateline = DATELINE.exec(body);
	return dateline ? p.start + dateline[0].length : p.start;
}

const ACCUSE = /^(?:accuses|accused|accusing|blames|blamed|blaming|charges|charged|charging)\b/i;
const SAY =
	/^(?:says|said|saying|claims|claimed|claiming|alleges|alleged|alleging|insists|insisted|insisting|contends|contended|maintains|maintained)\b/i;

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The entity a sentence makes the claimant of a figure: "X accuses Y of … in 2009" and "X says … 2009"
 * are X's claims when the figure sits in what X accuses or says. Only capitalised names count.
 */
export function claimantInSentence(
	sentence: string,
	figureOffset: number,
	entities: Entity[]
): Entity | null {
	let best: { e: Entity; at: number } | null = null;
	for (const e of entities) {
		if (e.type === 'document') continue;
		for (const name of [e.name, ...e.aliases]) {
			if (!/^\p{Lu}/u.test(name) || name.length < 2) continue;
			const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}\\s+`, 'gu');
			for (const m of sentence.matchAll(re)) {
				const verbAt = m.index + m[0].length;
				if (verbAt >= figureOffset) continue;
				const rest = sentence.slice(verbAt);
				let contentAt = -1;
				if (ACCUSE.test(rest)) {
					// The figure must be in what is alleged ("of …", "with …"), not the accused themselves.
					const of = /\s(?:of|with|over)\s/.exec(rest);
					if (of) contentAt = verbAt + of.index;
				} else if (SAY.test(rest)) contentAt = verbAt;
				if (contentAt >= 0 && contentAt < figureOffset && (!best || m.index > best.at)) {
					best = { e, at: m.index };
				}
			}
		}
	}
	return best?.e ?? null;
}

/**
 * Quotes and figures outside captions, bylines and datelines. Each paragraph is judged once, and found
 * by binary search: a paragraph of 50,000 figures is not read again for each of them.
 */
export function dropFurniture<T extends Span>(text: string, paragraphs: Span[], items: T[]): T[] {
	const ends: number[] = [];
	return items.filter((item) => {
		const k = firstEndingAfter(paragraphs, item.start);
		const p = paragraphs[k];
		return !p || p.start > item.start || item.start >= (ends[k] ??= furnitureEnd(text, p));
	});
}

/** An unclaimed figure given the claimant its sentence names, if any (entities are the whole bank's). */
export function claimFromSentence(text: string, figure: Figure, entities: Entity[]): Figure {
	if (figure.claimantId) return figure;
	const sentence = text.slice(figure.sentence.start, figure.sentence.end);
	const who = claimantInSentence(sentence, figure.start - figure.sentence.start, entities);
	return who ? { ...figure, claimantId: who.id, claimant: who.name } : figure;
}
