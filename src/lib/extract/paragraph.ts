/** Stage: one paragraph's sentences, quotes, tokens and mentions, read before any attribution. */
import type { Span } from './types';
import type { Line } from './clean';
import { sentences as splitSentences } from './segment';
import { findQuotes, type QuoteSpan } from './quotes';
import { tokenize, type Token } from './tokens';
import { findMentions, type Mention, type Registry } from './entities';
import { assignDocOwners, type Para } from './speakers';
import { datelineEnd, isHeadline } from './headlines';
import { hasLetter } from './chars';
import { firstEndingAfter } from './spans';

const OPEN_MARK = /^["“‘'«„]/;

/** A document named by a common noun ("a report"): only such mentions get an owner looked for. */
const citesDocument = (p: Para): boolean =>
	p.mentions.some((m) => m.ent.type === 'document' && m.kind === 'anaphor');

/** The paragraph's mentions: a dateline ("CITY, State —") names where the story was filed, not who speaks. */
function mentionsAfterDateline(
	tokens: Token[],
	line: Line,
	reg: Registry,
	text: string
): Mention[] {
	const ms = findMentions(tokens, reg, text);
	const filedAt = ms.length ? datelineEnd(line.text, line.start) : line.start;
	return filedAt > line.start ? ms.filter((m) => tokens[m.i]!.start >= filedAt) : ms;
}

/** Sentences, quotes, tokens and mentions of paragraph `index`; `next` is the line after it. */
export function readParagraph(
	text: string,
	line: Line,
	index: number,
	next: Line | undefined,
	reg: Registry
): Para {
	const sents = splitSentences(text, line.start, line.end);
	const names: Span[] = [];
	let qs: QuoteSpan[] = findQuotes(text, line.start, line.end, sents, names);
	qs = qs.filter((q) => !q.runsOn || (next !== undefined && OPEN_MARK.test(next.text)));
	// Quotes come in order: only quoted names need merging in.
	const marked = names.length ? [...qs, ...names].sort((a, b) => a.start - b.start) : qs;
	// Without a letter (a row of numbers, a quoted number) nobody is named or speaks, and a quote can
	// only go on from a speaker before it: no tokens are needed unless something stands before a
	// quote in its sentence (then it goes on from no one, as attribution reads it).
	const letters = hasLetter(text, line.start, line.end);
	const tokens =
		letters ||
		qs.some((q) => /\S/.test(text.slice(sents[firstEndingAfter(sents, q.open)]!.start, q.open)))
			? tokenize(text, line.start, line.end, sents, marked)
			: [];
	// A headline's quote marks flag a word; they attribute nothing, and its capitals are no names.
	// (Without a letter or a quote, nothing it would drop is there; without a letter, a headline is
	// one of the first two lines, as it has no capitalised word.)
	const headline = (letters || (qs.length > 0 && index < 2)) && isHeadline(line.text, index);
	const p: Para = {
		index,
		start: line.start,
		end: line.end,
		sentences: sents,
		tokens,
		mentions: [],
		quotes: headline ? [] : qs
	};
	p.mentions = headline || !letters ? [] : mentionsAfterDateline(tokens, line, reg, text);
	if (citesDocument(p)) assignDocOwners(p);
	return p;
}
