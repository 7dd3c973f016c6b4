/** Checks that keep a round honest: what each question shows, what it must keep secret, and trivial or self-answering items. */
import type { Bank, Figure, Quote } from '$lib/extract/types';
import { numbersIn, statesValue, valueKey } from './numbers';
import type { Question } from './types';

/** Words that mark the outlet putting someone's position in its own words ("In effect, X is saying"). */
const SUMMARY =
	/\b(?:in effect|in other words|in essence|essentially|effectively|basically|put simply|in short|the message(?: is| was)?|as if to say)\b/i;

/** The quote's sentence up to the quote: the outlet's summary of a position, not anyone's words. */
export function isOutletSummary(texts: Record<string, string> | undefined, quote: Quote): boolean {
	const text = texts?.[quote.seed];
	if (!text) return false;
	return SUMMARY.test(text.slice(quote.sentence.start, quote.start));
}

/** Words by which a sentence cites someone for what it states: "X said", "estimated", "according to".
 *  Verb forms only: the extractor's CLAIM_VERBS also hold "record" and "count", which as nouns ("a
 *  record 40") would drop figures the outlet states itself. */
const CITES =
	/\b(?:say|says|said|saying|tell|tells|told|claimed|stated|reported|found|showed|shown|estimated|added|adds|wrote|writes|written|noted|announced|revealed|counted|recorded|alleged|alleges|insisted|insists|warned|warns|predicted|predicts|calculated|according to)\b/i;

/** Quoted words in a sentence: straight or curly double quotes. */
const QUOTED = /“[^”]*”?|"[^"]*"?/g;

/** A sentence's quoted spans (start, end pairs, in order) and whether it cites someone outside them. */
interface Citing {
	quoted: number[];
	cites: boolean;
}

/** Per article texts and sentence: figures of one sentence (50,000 in a list) read it once. */
const citingCache = new WeakMap<Record<string, string>, Map<string, Citing>>();

function citingOf(texts: Record<string, string>, seed: string, start: number, end: number): Citing {
	let bySentence = citingCache.get(texts);
	if (!bySentence) citingCache.set(texts, (bySentence = new Map()));
	const key = `${seed} ${start} ${end}`;
	let hit = bySentence.get(key);
	if (!hit) {
		const sentence = texts[seed]!.slice(start, end);
		const quoted: number[] = [];
		for (const m of sentence.matchAll(QUOTED)) quoted.push(m.index, m.index + m[0].length);
		hit = { quoted, cites: CITES.test(sentence.replace(QUOTED, ' ')) };
		bySentence.set(key, hit);
	}
	return hit;
}

/**
 * A figure nobody was found to claim although its sentence cites someone ("The district said it
 * faces a $3.5 million deficit"), or inside a quotation whose speaker is unknown. "Stated by the
 * outlet in its own words" would pin the claim on the wrong party: it makes no question.
 */
export function claimUnclear(texts: Record<string, string> | undefined, figure: Figure): boolean {
	if (figure.claimantId || !texts?.[figure.seed]) return false;
	const { start, end } = figure.sentence;
	const { quoted, cites } = citingOf(texts, figure.seed, start, end);
	// The last quoted span opening at or before the figure: binary search over the starts.
	const at = figure.start - start;
	let lo = 0;
	let hi = quoted.length / 2;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (quoted[2 * mid]! <= at) lo = mid + 1;
		else hi = mid;
	}
	return (lo > 0 && at < quoted[2 * lo - 1]!) || cites;
}

/** The paragraph holding an item, as the feedback shows it. */
export function paragraphOf(
	bank: Bank,
	texts: Record<string, string> | undefined,
	item: Quote | Figure
): string {
	const text = texts?.[item.seed];
	if (!text) return item.text;
	const p = bank.articles.find((a) => a.seed === item.seed)?.paragraphs[item.paragraph - 1];
	const around = p && p.start <= item.start && p.end >= item.end ? p : item.sentence;
	return text.slice(Math.min(around.start, item.start), Math.max(around.end, item.end));
}

/** Everything a student sees of a question before and after answering it. */
export function shownTexts(
	bank: Bank,
	texts: Record<string, string> | undefined,
	q: Question
): string[] {
	const item = bank.quotes[q.source.item] ?? bank.figures[q.source.item];
	return [
		q.prompt,
		q.note ?? '',
		q.text ?? '',
		q.answerLabel,
		...q.choices.flatMap((c) => [c.label, c.detail ?? '']),
		item ? paragraphOf(bank, texts, item) : ''
	].filter(Boolean);
}

export const wordsOf = (s: string): string[] =>
	s
		.toLowerCase()
		.replace(/[’']/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.filter(Boolean);

/** True when `text` contains `quote`, or eight of its words in a row (a long quote shown in part). */
export function showsQuote(text: string, quote: string): boolean {
	const q = wordsOf(quote);
	const t = ` ${wordsOf(text).join(' ')} `;
	const run = Math.min(q.length, 8);
	if (run < 3) return false;
	if (q.length <= 8)
		return t.includes(` ${q.join(' ')} `) || t.includes(` ${q.slice(-4).join(' ')} `);
	for (let i = 0; i + run <= q.length; i++) {
		if (t.includes(` ${q.slice(i, i + run).join(' ')} `)) return true;
	}
	return false;
}

/** What a question keeps secret: the figure's value, or the quote whose speaker or outlet it asks. */
export function secretOf(bank: Bank, q: Question): { value?: number; quote?: string } {
	const figure = bank.figures[q.source.item];
	// The figure's words too: "thousands of devices" and "tens of thousands of devices" are one figure.
	if (figure)
		return figure.text.split(/\s+/).length >= 3
			? { value: figure.value, quote: figure.text }
			: { value: figure.value };
	const quote = bank.quotes[q.source.item];
	return quote ? { quote: quote.text } : {};
}

/** Whether anything `shown` by one question gives away another's secret. */
export function leaks(shown: string[], secret: { value?: number; quote?: string }): boolean {
	if (secret.value !== undefined) {
		const value = secret.value;
		if (shown.some((t) => statesValue(t, value))) return true;
	}
	if (secret.quote !== undefined) {
		const quote = secret.quote;
		if (shown.some((t) => showsQuote(t, quote))) return true;
	}
	return false;
}

/** Two or more dates in a sentence ("from March 19 to May 18") work out a duration for the reader. */
const DATE =
	/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b(?:1[89]|20)\d{2}\b/gi;

/** A gap-fill sentence that still holds what fills its gap: the same value elsewhere, or the dates of a duration. */
export function gapGivesAway(gapped: string, figure: Figure): boolean {
	if (numbersIn(gapped).some((v) => valueKey(v) === valueKey(figure.value))) return true;
	return figure.kind === 'duration' && (gapped.match(DATE) ?? []).length >= 2;
}

/**
 * Figures that teach nothing: a bare year or date, a small count the outlet states itself, or a
 * count the article's headline already gives.
 */
export function trivialFigure(bank: Bank, figure: Figure): boolean {
	if (figure.kind === 'year' || figure.kind === 'date') return true;
	if (!figure.claimantId && figure.value <= 12 && figure.kind !== 'money') return true;
	const title = bank.articles.find((a) => a.seed === figure.seed)?.title ?? '';
	return figure.kind === 'count' && statesValue(title, figure.value);
}
