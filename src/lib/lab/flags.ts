/** Items a teacher should check first, with why: the extractor's own signals of a shaky attribution. */
import type { Bank, Entity, Figure, Quote } from '$lib/extract/types';

const PRONOUN = /\b(?:he|she|they|it|his|her|their)\b/i;

/** Whether any name of the entity appears in the text. */
function named(text: string, e: Entity | undefined): boolean {
	if (!e) return false;
	const lower = text.toLowerCase();
	return [e.name, ...e.aliases].some((n) => n.length > 1 && lower.includes(n.toLowerCase()));
}

/** The paragraph holding an item (found by offsets: furniture lines are not among the spans). */
function paragraphText(bank: Bank, texts: Record<string, string>, item: Quote | Figure): string {
	const text = texts[item.seed];
	const p = bank.articles
		.find((a) => a.seed === item.seed)
		?.paragraphs.find((x) => x.start <= item.start && item.end <= x.end);
	return text && p ? text.slice(p.start, p.end) : '';
}

/** A dateline opening the paragraph: "RIVERTON, September 8, 2026 —", "PARIS (Wire) -". */
const DATELINE =
	/^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,[^—–\n]{0,40})?(?:\s*\([^)]{1,30}\))?\s*(?:—|–|--|-)\s/u;

/** Whether the entity is named as the paragraph's dateline writes it: a place, not a speaker. */
function onlyInDateline(paragraph: string, e: Entity | undefined): boolean {
	const dateline = DATELINE.exec(paragraph)?.[0];
	if (!dateline || !e) return false;
	return [e.name, ...e.aliases].some((n) => n.length > 1 && dateline.includes(n));
}

function quoteFlag(bank: Bank, texts: Record<string, string> | undefined, q: Quote): string | null {
	if (!q.speakerId) return 'No speaker found: say who said it, or drop it.';
	const who = bank.entities[q.speakerId];
	if (q.cue && PRONOUN.test(q.cue) && !named(q.cue, who))
		return `Speaker found through a pronoun (“${q.cue}”): check it is ${q.speaker}.`;
	if (q.cue === 'continues')
		return `Speaker carried over from an earlier quote: check ${q.speaker} is still speaking.`;
	if (q.cue === null) return `No speech verb ties ${q.speaker} to these words: check the speaker.`;
	if (texts && who) {
		const paragraph = paragraphText(bank, texts, q);
		if (onlyInDateline(paragraph, who))
			return `${q.speaker} is the place in the dateline: check the speaker.`;
		if (paragraph && !named(paragraph, who) && !PRONOUN.test(q.cue ?? ''))
			return `${q.speaker} is not named in this paragraph: check the speaker.`;
	}
	if (q.kind === 'fragment') return 'Only a few words: too short to ask about, unless you drop it.';
	return null;
}

function figureFlag(
	bank: Bank,
	texts: Record<string, string> | undefined,
	f: Figure
): string | null {
	if (!f.claimantId)
		return 'Stated by the outlet itself, no claimant found: check whether someone claims this number.';
	const who = bank.entities[f.claimantId];
	if (texts && who) {
		const paragraph = paragraphText(bank, texts, f);
		if (onlyInDateline(paragraph, who))
			return `${f.claimant} is the place in the dateline: check who claims this number.`;
		if (paragraph && !named(paragraph, who))
			return `${f.claimant} is not named in this paragraph: check who claims this number.`;
	}
	return null;
}

/**
 * Low-confidence items to review first, by item id, each with the reason. `texts` (article text by
 * bank seed file name) adds the check that the speaker is named near the quote.
 */
export function flagsFor(bank: Bank, texts?: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const q of Object.values(bank.quotes)) {
		const why = quoteFlag(bank, texts, q);
		if (why) out[q.id] = why;
	}
	for (const f of Object.values(bank.figures)) {
		const why = figureFlag(bank, texts, f);
		if (why) out[f.id] = why;
	}
	return out;
}
