/** Quotes: trim and classify the marked spans of a paragraph; drop quoted names; a quote's kind. */
import type { QuoteKind, Span } from './types';
import { NAMING_VERBS, set, SPEECH_VERBS } from './lexicon';
import { scanQuotes } from './quote-marks';
import { firstEndingAfter } from './spans';
import {
	isAsciiAlnum,
	isNonAsciiMark,
	isSpaceAt,
	lastNonSpace as lastSpaceless,
	startsUpper
} from './chars';

export interface QuoteSpan extends Span {
	/** Index of the opening mark (the content starts after it). */
	open: number;
	/** Index just past the closing mark, or the paragraph end for an open multi-paragraph quote. */
	close: number;
	kind: QuoteKind;
	/** The quote runs on into the next paragraph (no closing mark here). */
	runsOn: boolean;
}

/** The last character before `to` (not before `from`) that is not white space, or ''. Scans only the
 *  white space, so a paragraph of many quotes costs no more than its length. */
function lastNonSpace(text: string, from: number, to: number): string {
	const k = lastSpaceless(text, from, to);
	// Not text[-1]: a negative index is looked up as a property name, many times slower.
	return k < 0 ? '' : text[k]!;
}

/** The sentence holding offset `at`, found by binary search (sentences are in order). */
function sentenceAt(sentences: Span[], at: number): Span | undefined {
	const s = sentences[firstEndingAfter(sentences, at)];
	return s && s.start <= at ? s : undefined;
}

/** Whether a sentence ends inside (a, b - 1): the span runs over a sentence boundary. */
function crossesSentence(sentences: Span[], a: number, b: number): boolean {
	const s = sentences[firstEndingAfter(sentences, a)];
	return s !== undefined && s.end < b - 1;
}

// One word, the common quote in a list of one-word quotes, is not split.
const wordsOf = (t: string): string[] =>
	/\s/.test(t)
		? t.split(/\s+/).filter((w) => LETTER_OR_DIGIT.test(w))
		: LETTER_OR_DIGIT.test(t)
			? [t]
			: [];
/** Made once: a pattern written inside a function is a new object on every call. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lowercased words just before index i in the paragraph: the last n of the 60 characters before
 *  (the first may be cut). Read back by char code while they are ASCII or common marks, as most
 *  are: the pattern costs half a microsecond per quote on text with curly quotation marks. */
export function wordsBefore(text: string, ps: number, i: number, n: number): string[] {
	const lo = Math.max(ps, i - 60);
	const ws: string[] = [];
	for (let k = i, end = i; ws.length < n && end > lo; k--) {
		const c = k > lo ? text.charCodeAt(k - 1) : 32;
		// Other characters may be letters, or lowercase to more than one: the pattern reads them.
		if (c >= 128 && !isNonAsciiMark(c))
			return (text.slice(lo, i).toLowerCase().match(WORD_RUN) ?? []).slice(-n);
		if (c === 39 || c === 45 || c === 0x2019 || isAsciiAlnum(c)) continue;
		if (k < end) ws.push(text.slice(k, end).toLowerCase());
		end = k - 1;
	}
	return ws.reverse();
}
const WORD_RUN = /[\p{L}\p{N}'’-]+/gu;

const NAME_NOUNS = set(
	`incident program programme malware virus worm campaign operation project initiative scheme plan report book film ` +
		`movie show series song album app tool sample attack group doctrine strategy policy law act bill system platform code ` +
		`novel documentary podcast game play opera musical newspaper magazine hashtag slogan motto brand label`
);
const CONNECTORS = set('of the and for in on a an to & de');

/** Whether the quote opens its sentence or a speech verb follows within three words: words spoken. */
function spokenAround(text: string, content: Span, ps: number): boolean {
	const last = lastNonSpace(text, ps, Math.max(ps, content.start - 1));
	if (last === '' || /[.!?:]/.test(last)) return true;
	if (wordsBefore(text, ps, content.start - 1, 3).some((w) => SPEECH_VERBS.has(w))) return true;
	const after = text
		.slice(content.end + 1, content.end + 60)
		.toLowerCase()
		.match(/\p{L}+/gu);
	return !!after?.slice(0, 3).some((w) => SPEECH_VERBS.has(w));
}

/** A quoted name or title ("Silent Harbor", "Operation Aurora") rather than speech. */
function isName(text: string, content: Span, ps: number, t: string, ws: string[]): boolean {
	if (ws.length > 8) return false;
	// A title may carry the sentence's full stop or comma inside its marks ("The Long Road."); t is
	// trimmed already.
	const trailing = /[.,]$/.test(t);
	if (/[!?;:]$/.test(t)) return false;
	if (trailing && (ws.length < 2 || spokenAround(text, content, ps))) return false;
	const capital = ws.every((w, k) => startsUpper(w) || (k > 0 && CONNECTORS.has(w.toLowerCase())));
	if (!capital) return false;
	const before = wordsBefore(text, ps, content.start - 1, 3);
	const naming = before.some(
		(w) => NAMING_VERBS.has(w) || w === 'so-called' || w === 'titled' || w === 'entitled'
	);
	// 'the film "Oppenheimer"': a work or thing named right after its kind.
	const kindBefore = NAME_NOUNS.has(before.at(-1) ?? '');
	const after = /^[\s"”’']*([\p{L}]+)/u.exec(text.slice(content.end + 1, content.end + 30));
	const nounAfter = after ? NAME_NOUNS.has(after[1]!.toLowerCase()) : false;
	return ws.length >= 2 || naming || nounAfter || kindBefore;
}

/** Classify a quote: full sentence(s), a partial phrase, or a 1–3 word fragment. */
function quoteKind(
	text: string,
	q: Span,
	open: number,
	sentences: Span[],
	ps: number,
	t: string,
	ws: string[]
): QuoteKind {
	if (ws.length <= 3) {
		// "We will win," he said: a short sentence is still a full quote.
		const last = lastNonSpace(text, ps, open);
		const sent = sentenceAt(sentences, open);
		const atStart =
			last === '' ||
			last === ':' ||
			(sent !== undefined && lastNonSpace(text, sent.start, open) === '');
		if (ws.length >= 2 && atStart && /^[\p{Lu}]/u.test(t) && /[,.!?]$/.test(t)) return 'full';
		return 'fragment';
	}
	const before = wordsBefore(text, ps, open, 3);
	const labelled = before.some((w) => NAMING_VERBS.has(w) || w === 'so-called');
	if (labelled && ws.length <= 5 && !/^[\p{Lu}]/u.test(t)) return 'fragment';
	const startsCap = /^[\s.…]*[\p{Lu}\p{N}]/u.test(t);
	// '"...," she said, "but he always..."': the second half of a split sentence.
	const gap = text.slice(Math.max(ps, open - 50), open);
	if (!startsCap && /["”’']\s*[^"”’“‘]{1,40},\s*$/.test(gap) && /[,.!?]["”’']\s/.test(gap))
		return 'full';
	if (!startsCap) return 'partial';
	if (crossesSentence(sentences, q.start, q.end)) return 'full';
	const last = lastNonSpace(text, ps, open);
	const sent = sentenceAt(sentences, open);
	const atSentenceStart = sent !== undefined && lastNonSpace(text, sent.start, open) === '';
	if (atSentenceStart || last === '' || last === ':' || last === ',') return 'full';
	return 'partial';
}

/** Find the quotes of one paragraph [ps, pe). */
export function findQuotes(
	text: string,
	ps: number,
	pe: number,
	sentences: Span[],
	names: Span[] = []
): QuoteSpan[] {
	const { spans, openAtEnd, openWidth } = scanQuotes(text, ps, pe);
	const out: QuoteSpan[] = [];
	for (const sp of spans) {
		let { start, end } = sp;
		while (start < end && isSpaceAt(text, start)) start++;
		while (end > start && isSpaceAt(text, end - 1)) end--;
		const t = text.slice(start, end);
		// Words with a letter or digit: none, and the marks hold no quote.
		const ws = wordsOf(t);
		if (ws.length === 0) continue;
		const content = { start, end };
		// A quote may cross a sentence boundary only if it reads as quoted sentences.
		const crosses = crossesSentence(sentences, start, end);
		if (crosses && !/[.,!?…;:\-—–]$/.test(t) && sp.close < pe) {
			const after = text[sp.close];
			if (after !== undefined && !/[\s,.;:!?]/.test(after)) continue;
		}
		if (crosses && !/^[\s.…]*[\p{Lu}\p{N}]/u.test(t)) continue;
		if (isName(text, content, ps, t, ws)) {
			names.push(content);
			continue;
		}
		const kind = quoteKind(text, content, sp.open, sentences, ps, t, ws);
		// The marked span becomes the quote: one object per quote, not two.
		sp.start = start;
		sp.end = end;
		sp.kind = kind;
		out.push(sp);
	}
	if (openAtEnd !== null) {
		const last = lastNonSpace(text, ps, openAtEnd);
		if (last === '' || /[:,.!?]/.test(last)) {
			let start = openAtEnd + openWidth;
			let end = pe;
			while (start < end && isSpaceAt(text, start)) start++;
			while (end > start && isSpaceAt(text, end - 1)) end--;
			if (end > start && LETTER_OR_DIGIT.test(text.slice(start, end)))
				out.push({ start, end, open: openAtEnd, close: pe, kind: 'full', runsOn: true });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}
