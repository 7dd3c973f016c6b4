/** Stage of figures: numbers in digits — currencies, scales, shares, dates, years — and what is no figure. */
import type { FigureKind } from './types';
import { IDENTIFIER_NOUNS, MONTHS, SCALE_WORDS, table, TIME_UNITS } from './lexicon';
import { countsAfter, prevWord, unitOf } from './figure-phrase';
import { figureSpan, type FigureSpan, type Found } from './figures';
import { isSpaceAt } from './chars';
import { isCapitalAt, opensSentence } from './figure-words';
import { FUNCTION_WORDS } from './words';

const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORDS = table(
	'USD:dollars dollar|CNY:yuan renminbi|EUR:euros euro|GBP:pounds|JPY:yen|INR:rupees|RUB:rubles roubles|KRW:won|IDR:rupiah|MXN:pesos|ZAR:rand|CHF:francs|NGN:naira'
);
const NUM = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;

/** Index of the first non-space character in text[k, end), or `end`. */
function skipSpaces(text: string, k: number, end: number): number {
	while (k < end && isSpaceAt(text, k)) k++;
	return k;
}

/** Index of the last non-space character in text[from, to), or -1. */
function lastNonSpace(text: string, from: number, to: number): number {
	let k = to - 1;
	while (k >= from && isSpaceAt(text, k)) k--;
	return k >= from ? k : -1;
}

/** Where the word after ",? +" starts, or -1 when no spaces follow (the ", or five" of an alternative). */
function afterCommaAndSpace(text: string, k: number): number {
	if (text[k] === ',') k++;
	if (!isSpaceAt(text, k)) return -1;
	return skipSpaces(text, k, text.length);
}

/** An ASCII character that is no letter (a word of letters cannot start with it). */
const isAsciiNonLetter = (c: number): boolean =>
	c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122));

/**
 * Whether text[k] is one of `chars` (lowercase letters, or other ASCII) in either case: a cheap test
 * that a case-insensitive pattern (ASCII case only, as without the u flag) can match there at all.
 */
function isAsciiLetterIn(text: string, k: number, chars: string): boolean {
	if (k < 0 || k >= text.length) return false;
	const c = text.charCodeAt(k);
	if (c >= 128) return false;
	const lower = c >= 65 && c <= 90 ? c + 32 : c;
	for (let n = 0; n < chars.length; n++) if (chars.charCodeAt(n) === lower) return true;
	return false;
}

/** A currency sign starts a figure as a digit does. */
export const isCurrencySign = (c: string): boolean => CURRENCY[c] !== undefined;

/** The number at i, after a currency sign if there is one; null when no number starts there. */
interface Digits {
	raw: string;
	numEnd: number;
	currency: string | null;
}

function digitsAt(text: string, i: number, e: number): Digits | null {
	let k = i;
	let currency: string | null = null;
	if (CURRENCY[text[i]!]) {
		currency = CURRENCY[text[i]!]!;
		k++;
		while (k < e && text[k] === ' ') k++;
	}
	NUM.lastIndex = k;
	const m = NUM.exec(text);
	if (!m || m.index !== k || k + m[0].length > e) return null;
	return { raw: m[0], numEnd: k + m[0].length, currency };
}

/** `[\p{L}_\-/#:]` for one character: ASCII by its code, others by the Unicode class. */
function gluesBefore(c: string): boolean {
	const k = c.charCodeAt(0);
	if (k >= 128) return /\p{L}/u.test(c);
	return !isAsciiNonLetter(k) || k === 95 || k === 45 || k === 47 || k === 35 || k === 58;
}

/** `[\p{L}_]` for one character: ASCII by its code, others by the Unicode class. */
function gluesAfter(c: string): boolean {
	const k = c.charCodeAt(0);
	return k >= 128 ? /\p{L}/u.test(c) : !isAsciiNonLetter(k) || k === 95;
}

/** Identifiers and readings, not amounts: letters glued on, "14:30", "5'10\"", "2 o'clock", "1.5.6". */
function isReading(text: string, i: number, d: Digits): boolean {
	const { numEnd, currency } = d;
	const before = text[i - 1];
	const after = text[numEnd];
	if (!currency && before !== undefined && gluesBefore(before)) return true;
	const glued =
		currency !== null &&
		isAsciiLetterIn(text, numEnd, 'bmkt') &&
		/^(?:bn|mn|m|k|tn)\b/i.test(text.slice(numEnd, numEnd + 3));
	if (
		!glued &&
		after !== undefined &&
		(gluesAfter(after) ||
			(after === ':' && /\d/.test(text[numEnd + 1] ?? '')) ||
			(after === '-' && /[\p{L}\d]/u.test(text[numEnd + 1] ?? '')) ||
			(after === '/' && /\d/.test(text[numEnd + 1] ?? ''))) &&
		!(
			after === '-' &&
			/^-(?:year|month|week|day|hour|minute|percent|per)/i.test(text.slice(numEnd, numEnd + 9))
		)
	)
		return true;
	if (after !== undefined && /["'″′”’]/.test(after) && /[\dx×]/i.test(text[numEnd + 1] ?? ''))
		return true;
	if (
		isAsciiLetterIn(text, skipSpaces(text, numEnd, numEnd + 9), 'oap') &&
		/^\s*(?:o['’]clock|a\.?m\b|p\.?m\b)/i.test(text.slice(numEnd, numEnd + 9))
	)
		return true;
	return after === '.' && /\d/.test(text[numEnd + 1] ?? '');
}

/** A label or an age: "Unit 8200", "No. 5", "Ana Paula, 42, a teacher", "aged 13 to 16". */
function isLabelOrAge(text: string, i: number, s: number, d: Digits, pw: string): boolean {
	if (!d.currency && pw && /^\p{Lu}/u.test(pw) && IDENTIFIER_NOUNS.has(pw.toLowerCase()))
		return true;
	if (!d.currency && /^(?:no|nos|#)$/i.test(pw)) return true;
	const after = text[d.numEnd];
	const from = Math.max(s, i - 20);
	// Both tests on the 20 characters before need them to end in ", " or in "to", "-" or "and".
	const lead = isSpaceAt(text, i - 1) || text[i - 1] === '-' ? text.slice(from, i) : '';
	if (
		i - 2 >= from &&
		text[i - 2] === ',' &&
		!isAsciiNonLetter(text.charCodeAt(i - 3)) &&
		/\p{Lu}[\p{Ll}]+,\s$/u.test(lead) &&
		(after === ',' || after === '.' || after === undefined) &&
		parseFloat(d.raw.replace(/,/g, '')) < 120
	)
		return true;
	return (
		/^(?:aged?|ages)$/i.test(pw) ||
		(isAsciiLetterIn(text, lastNonSpace(text, from, i), 'od-') &&
			/\baged?\s+\d+\s*(?:to|-|and)\s*$/i.test(lead))
	);
}

/** Words after a number that make it an amount even after a name: "Ruiz 48 percent", "Ohio 3 to 1". */
const AMOUNT_AFTER =
	/^(?:percent|per|points?|times|to|and|or|of|thousand|million|billion|trillion)$/i;

/** A number inside a name: "told Fox 5 that", "the Apollo 11 mission": right after a capitalised
 *  word inside a sentence (no month, function word, possessive or headline in capitals) and before
 *  a word that makes it no amount; a year only before another capitalised word. */
function inName(text: string, i: number, d: Digits, pw: string): boolean {
	if (d.currency || !pw || !isCapitalAt(pw, 0) || isCapitalAt(pw, 1) || text[d.numEnd] !== ' ')
		return false;
	const lower = pw.toLowerCase();
	// "Lee's 2009 accounts": a possessive owns the figure, it does not name it.
	if (MONTHS[lower] !== undefined || FUNCTION_WORDS.has(lower) || /['’]s?$/.test(pw)) return false;
	const next = /^ ([\p{L}]+)/u.exec(text.slice(d.numEnd, d.numEnd + 16));
	if (!next || AMOUNT_AFTER.test(next[1]!) || TIME_UNITS.has(next[1]!.toLowerCase())) return false;
	// "the Harbour 2016 campaign": a year after a name is part of it only before another capital.
	if (/^\d{4}$/.test(d.raw) && !isCapitalAt(next[1]!, 0)) return false;
	return !opensSentence(text, text.lastIndexOf(pw, i));
}

/** A number in digits at i (a digit or currency sign at a word start). */
export function digitFigureAt(text: string, i: number, s: number, e: number): Found | null {
	const d = digitsAt(text, i, e);
	if (!d) return null;
	if (isReading(text, i, d)) return { fig: null, next: d.numEnd - 1 };
	const pw = prevWord(text, i, s);
	if (isLabelOrAge(text, i, s, d, pw) || (pw !== '' && inName(text, i, d, pw)))
		return { fig: null, next: d.numEnd - 1 };
	let value = parseFloat(d.raw.includes(',') ? d.raw.replace(/,/g, '') : d.raw);
	let { numEnd, currency } = d;
	// Each pattern below runs only where its first letter is found: most numbers have none.
	const scale = isAsciiLetterIn(text, isSpaceAt(text, numEnd) ? numEnd + 1 : numEnd, 'tbmk')
		? /^\s?(trillion|billion|million|thousand|bn|mn|tn|m|k)\b/i.exec(
				text.slice(numEnd, numEnd + 10)
			)
		: null;
	if (scale && (scale[1]!.length > 2 || currency)) {
		value *= SCALE_WORDS[scale[1]!.toLowerCase()]!;
		numEnd += scale[0].length;
	}
	const cw =
		!currency && isSpaceAt(text, numEnd)
			? /^\s+([a-z]+)\b/.exec(text.slice(numEnd, numEnd + 12))
			: null;
	if (cw && CURRENCY_WORDS[cw[1]!]) {
		currency = CURRENCY_WORDS[cw[1]!]!;
		numEnd += cw[0].length;
	}
	const number = { i, s, e, raw: d.raw, value, numEnd, currency, pw };
	const dated = dateBefore(text, number);
	if (dated) return dated;
	const fig = meaningOf(text, number);
	if (!fig) return { fig: null, next: numEnd };
	// "more than 30 years": keep the qualifier in the span.
	// Every qualifier ends in one of the letters "nrytdeof": only then can the pattern match.
	const q =
		i > s &&
		isSpaceAt(text, i - 1) &&
		isAsciiLetterIn(text, lastNonSpace(text, Math.max(s, i - 14), i), 'nrytdeof')
			? /(?:more than|less than|fewer than|over|nearly|almost|about|around|roughly|some|at least|up to|a total of)\s+$/i.exec(
					text.slice(Math.max(s, i - 14), i)
				)
			: null;
	if (q && fig.kind !== 'year' && fig.kind !== 'date') fig.start = i - q[0].length;
	return { fig, next: Math.max(i, fig.end - 1) };
}

/** A parsed number with its scale and currency applied, and the word before it. */
interface NumberAt {
	i: number;
	s: number;
	e: number;
	raw: string;
	value: number;
	numEnd: number;
	currency: string | null;
	pw: string;
}

/** "June 3" or "June 3, 2021": a date whose month comes first (the span starts at the month). */
function dateBefore(text: string, n: NumberAt): Found | null {
	const month = n.pw ? MONTHS[n.pw.toLowerCase()] : undefined;
	if (month === undefined) return null;
	if (n.currency || /^\s?(?:%|percent\b|per cent\b|percentage points?\b)/i.test(pctText(text, n)))
		return null;
	if (month === undefined || n.value < 1 || n.value > 31 || n.raw.includes(',')) return null;
	if (!/^\p{Lu}/u.test(n.pw)) return null;
	const y = /^,?\s+(\d{4})\b/.exec(text.slice(n.numEnd, n.numEnd + 8));
	const start = text.lastIndexOf(n.pw, n.i);
	const end = y ? n.numEnd + y[0].length : n.numEnd;
	const value = (y ? parseInt(y[1]!, 10) * 10000 : 0) + month * 100 + n.value;
	const fig: FigureSpan = { start, end, value, unit: 'date', counts: 'date', kind: 'date' };
	return { fig, next: end - 1 };
}

const pctText = (text: string, n: NumberAt): string => text.slice(n.numEnd, n.numEnd + 20);

/** Kind, unit and what the number counts; null for a decade ("1990s"), which is skipped. */
function meaningOf(text: string, n: NumberAt): FigureSpan | null {
	const { i, e, raw, numEnd, currency } = n;
	if (currency) {
		let counts = countsAfter(text, numEnd, e).counts;
		// "$2 billion in government bonds": what the money is in or for.
		const prep =
			counts ||
			!isSpaceAt(text, numEnd) ||
			!isAsciiLetterIn(text, skipSpaces(text, numEnd, numEnd + 12), 'iofw')
				? null
				: /^\s+(?:in|of|for|on|worth of)\s+/.exec(text.slice(numEnd, numEnd + 12));
		if (prep) counts = countsAfter(text, numEnd + prep[0].length, e).counts;
		return figureSpan(i, numEnd, n.value, currency, counts, 'money');
	}
	const pctAt = isSpaceAt(text, numEnd) ? numEnd + 1 : numEnd;
	const pct =
		text[pctAt] === '%' || isAsciiLetterIn(text, pctAt, 'p')
			? /^\s?(?:%|percent\b|per cent\b|percentage points?\b)/i.exec(pctText(text, n))
			: null;
	if (pct) {
		const end = numEnd + pct[0].length;
		const of = /^\s+of\s+/.exec(text.slice(end, end + 6));
		const counts = of ? countsAfter(text, end + of[0].length, e).counts : '';
		return figureSpan(i, end, n.value / 100, 'share', counts, 'ratio');
	}
	const wordAt = afterCommaAndSpace(text, numEnd);
	const nextW =
		wordAt >= 0 && !isAsciiNonLetter(text.charCodeAt(wordAt))
			? /^,?\s+([\p{L}]+)/u.exec(text.slice(numEnd, numEnd + 20))
			: null;
	const nextMonth = nextW ? MONTHS[nextW[1]!.toLowerCase()] : undefined;
	if (nextMonth !== undefined && n.value >= 1 && n.value <= 31 && !raw.includes(',')) {
		const rest = /^,?\s+[\p{L}]+\.?(?:,?\s+(\d{4}))?/u.exec(text.slice(numEnd, numEnd + 24))!;
		const value = (rest[1] ? parseInt(rest[1], 10) * 10000 : 0) + nextMonth * 100 + n.value;
		return figureSpan(i, numEnd + rest[0].length, value, 'date', 'date', 'date');
	}
	if (raw.length === 4 && /^\d{4}$/.test(raw) && n.value >= 1800 && n.value <= 2100)
		return yearOrCount(text, n);
	return countOrDuration(text, n);
}

/** "in 2019" is a year; "2019 servers" a count; "1990s" a decade, no figure. */
function yearOrCount(text: string, n: NumberAt): FigureSpan | null {
	const c2 = countsAfter(text, n.numEnd, n.e);
	const fw = c2.counts.split(/\s+/)[0] ?? '';
	if (c2.counts && /^[a-z]+s$/.test(fw) && !/^(?:as|is|was|has|its|this|thus)$/.test(fw))
		return figureSpan(n.i, n.numEnd, n.value, unitOf(c2.counts), c2.counts, 'count');
	if (/^s\b/.test(text.slice(n.numEnd, n.numEnd + 2))) return null;
	return figureSpan(n.i, n.numEnd, n.value, 'year', 'year', 'year');
}

/** "40 people", "15 years", "the next 10, maybe five years". */
function countOrDuration(text: string, n: NumberAt): FigureSpan {
	const c2 = countsAfter(text, n.numEnd, n.e);
	let counts = c2.counts;
	// "the next 10, maybe five years": the unit comes after an alternative.
	const ell =
		counts || !isAsciiLetterIn(text, afterCommaAndSpace(text, n.numEnd), 'ompta')
			? null
			: /^,?\s+(?:or|maybe|perhaps|to|and)\s+(?:the\s+)?(?:next\s+)?[\w.]+\s+([a-z]+)/i.exec(
					text.slice(n.numEnd, n.numEnd + 40)
				);
	if (ell && TIME_UNITS.has(ell[1]!.toLowerCase())) counts = ell[1]!.toLowerCase();
	const first = counts ? (counts.split(/\s+/)[0]?.toLowerCase() ?? '') : '';
	const kind: FigureKind = TIME_UNITS.has(first) ? 'duration' : 'count';
	const end = kind === 'duration' ? c2.endAt : n.numEnd;
	return {
		start: n.i,
		end,
		value: n.value,
		unit: kind === 'duration' ? first : unitOf(counts),
		counts,
		kind
	};
}
