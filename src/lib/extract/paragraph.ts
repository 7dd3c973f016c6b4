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
	const filedAt = ms.length > 0 ? datelineEnd(line.text, line.start) : line.start;
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
	const marked = names.length > 0 ? [...qs, ...names].sort((a, b) => a.start - b.start) : qs;
	// Without a quote or a letter (a row of numbers) nobody is named or speaks: no tokens are needed.
	const wordless = qs.length === 0 && !hasLetter(text, line.start, line.end);
	const tokens = wordless ? [] : tokenize(text, line.start, line.end, sents, marked);
	// A headline's quote marks flag a word; they attribute nothing, and its capitals are no names.
	// (Without a letter, nothing it would drop is there.)
	const headline = !wordless && isHeadline(line.text, index);
	const p: Para = {
		index,
		start: line.start,
		end: line.end,
		sentences: sents,
		tokens,
		mentions: [],
		quotes: headline ? [] : qs
	};
	p.mentions = headline || wordless ? [] : mentionsAfterDateline(tokens, line, reg, text);
	if (citesDocument(p)) assignDocOwners(p);
	return p;
}
