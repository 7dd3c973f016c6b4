/** Stage: claims pinned on the party the sentence names, and nothing taken from captions, datelines or bylines. */
import type { Entity, Figure, Span } from './types';
import { listAdd } from './grouping';
import { firstEndingAfter, lowerBound } from './spans';
import { startsUpper } from './chars';

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

// Sticky, tried right after a name: the verb after it, and no further.
const ACCUSE = /\s+(?:accus|blam|charg)(?:es|ed|ing)\b/iy;
const SAY =
	/\s+(?:says|said|saying|alleg(?:es|ed|ing)|(?:claim|insist|contend|maintain)(?:s|ed|ing))\b/iy;
/** The next word, or words after the first: a name is looked up by the text up to each space after it. */
const WORD = /\s*\S+/y;

/**
 * For the figures of one bank's articles (entities are the whole bank's), each unclaimed figure with
 * the claimant its sentence names, if any. "X accuses Y of … in 2009" and "X says … 2009" are X's
 * claims from what X accuses Y of, or says; of the claims starting before the figure, the one whose
 * claimant is named last wins (the first found of those named at one place). Each sentence is read
 * once, at each capital opening a word, for every name in the bank: a paste of thousands of
 * speakers and figures is not searched once per name and figure.
 */
export function sentenceClaimants(entities: Entity[]): (text: string, figure: Figure) => Figure {
	// The capitalised names (not documents') with their entities, and the longest.
	const byText = new Map<string, Entity[]>();
	let longest = 0;
	for (const e of entities)
		if (e.type !== 'document')
			for (const name of [e.name, ...e.aliases])
				if (startsUpper(name) && name.length > 1) {
					listAdd(byText, name, e);
					longest = Math.max(longest, name.length);
				}
	/** The sentence's claims as [where the claim starts, where its claimant is named, claimant]. */
	const claimsIn = (sentence: string): [number, number, Entity][] => {
		const found: [number, number, Entity][] = [];
		let ofs: number[] | undefined;
		for (const m of sentence.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)) {
			WORD.lastIndex = m.index;
			while (WORD.test(sentence) && WORD.lastIndex - m.index <= longest)
				for (const e of byText.get(sentence.slice(m.index, WORD.lastIndex)) ?? []) {
					// Where the name ends: a figure is never in the spaces before its verb.
					const end = (ACCUSE.lastIndex = SAY.lastIndex = WORD.lastIndex);
					// What is alleged ("of …", "with …"), not the accused themselves.
					const from = ACCUSE.test(sentence)
						? ((ofs ??= [...sentence.matchAll(/\s(?:of|with|over)\s/g)].map((o) => o.index))[
								lowerBound(ofs.length, (k) => ofs![k]! < end)
							] ?? -1)
						: SAY.test(sentence)
							? end
							: -1;
					if (from >= 0) found.push([from, m.index, e]);
				}
		}
		return found.sort((a, b) => a[0] - b[0]);
	};
	// Each sentence's claim starts, and for each k the claimant that wins among claims 0..k.
	const bySentence = new Map<Span, [number[], Entity[]]>();
	return (text, figure) => {
		const s = figure.sentence;
		// Without a name in the bank no sentence names anyone: no sentence is read.
		if (figure.claimantId || !byText.size) return figure;
		let claims = bySentence.get(s);
		if (!claims) {
			let best: [number, number, Entity] | undefined;
			const found = claimsIn(text.slice(s.start, s.end));
			claims = [
				found.map((c) => c[0]),
				found.map((c) => (best = c[1] > (best?.[1] ?? -1) ? c : best!)[2])
			];
			bySentence.set(s, claims);
		}
		const from = claims[0];
		const who = claims[1][lowerBound(from.length, (k) => from[k]! < figure.start - s.start) - 1];
		return who ? { ...figure, claimantId: who.id, claimant: who.name } : figure;
	};
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
