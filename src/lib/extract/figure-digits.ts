/** Stage of figures: numbers in digits — currencies, scales, shares, dates, years — read as amounts. */
import type { FigureKind } from './types';
import { MONTHS, SCALE_WORDS, table, TIME_UNITS } from './lexicon';
import { countsAfter, nothingCountedAt, prevWord, unitOf } from './figure-phrase';
import { figureSpan, type FigureSpan, type Found } from './figures';
import {
	isAsciiDigit,
	isAsciiLetterIn,
	isAsciiLetter,
	isAsciiNonLetter,
	isSpaceAt,
	lastNonSpace,
	skipSpaces
} from './chars';
import { digitsAt, type NumberAt } from './figure-number';
import { isInName, isLabelOrAge, isReading } from './figure-readings';

const CURRENCY_WORDS = table(
	'USD:dollars dollar|CNY:yuan renminbi|EUR:euros euro|GBP:pounds|JPY:yen|INR:rupees|RUB:rubles roubles|KRW:won|IDR:rupiah|MXN:pesos|ZAR:rand|CHF:francs|NGN:naira'
);

/** The letters currency words open with: a word opening otherwise is not looked up. */
const CURRENCY_INITIALS = [...new Set(Object.keys(CURRENCY_WORDS).map((w) => w[0]))].join('');

/** Where the word after ",? +" starts, or -1 when no spaces follow (the ", or five" of an alternative). */
function afterCommaAndSpace(text: string, k: number): number {
	if (text[k] === ',') k++;
	if (!isSpaceAt(text, k)) return -1;
	return skipSpaces(text, k, text.length);
}

/** A number in digits at i (a digit or currency sign at a word start). */
export function digitFigureAt(text: string, i: number, s: number, e: number): Found | null {
	const n = digitsAt(text, i, s, e);
	if (!n) return null;
	if (isReading(text, i, n)) return { fig: null, next: n.numEnd - 1 };
	n.pw = prevWord(text, i, s);
	if (isLabelOrAge(text, i, s, n) || (n.pw !== '' && isInName(text, i, n)))
		return { fig: null, next: n.numEnd - 1 };
	n.value = parseFloat(n.raw.includes(',') ? n.raw.replace(/,/g, '') : n.raw);
	// A bare number ("1, 2, 3", "7 8 9") is a count of nothing: the words after it are not read.
	const bare = !n.currency && !isYearShaped(n) && nothingFollows(text, n.numEnd, e);
	if (!bare) readAfter(text, n);
	const dated = dateBefore(text, n);
	if (dated) return dated;
	const fig = bare ? figureSpan(i, n.numEnd, n.value, 'items', '', 'count') : meaningOf(text, n);
	if (!fig) return { fig: null, next: n.numEnd };
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

/** Four digits that may be a year ("in 2019"): what follows decides, so they are always read. */
const isYearShaped = (n: NumberAt): boolean => n.raw.length === 4;

/**
 * Whether nothing after a number can make it more than a bare count: a period, a comma before no
 * word, or spaces before another number with nothing counted. Then no scale ("5 million"), currency
 * word, percent, month, unit or counted noun can follow, and `meaningOf` would read a bare count.
 */
export function nothingFollows(text: string, numEnd: number, e: number): boolean {
	// The paragraph ends here, or after closing marks ('“40”'): what follows is another's.
	let k = numEnd;
	while (k < e && '"”’\')'.includes(text[k]!)) k++;
	if (k >= e) return true;
	const c = text.charCodeAt(numEnd);
	// A period is no decimal point here: the number has read the digits after one.
	if (c === 46) return true;
	if (c === 44) {
		if (!isSpaceAt(text, numEnd + 1)) return true;
		return isAsciiNonLetter(text.charCodeAt(skipSpaces(text, numEnd + 1, text.length)));
	}
	if (c !== 32) return false;
	const w = text.charCodeAt(skipSpaces(text, numEnd, text.length));
	return isAsciiDigit(w) && nothingCountedAt(text, numEnd, e);
}

/** A scale ("5 million", "$5bn") or a currency word ("500 euros") after the number joins it. */
export function readAfter(text: string, n: NumberAt): void {
	let { value, numEnd, currency } = n;
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
		!currency &&
		isSpaceAt(text, numEnd) &&
		isAsciiLetterIn(text, skipSpaces(text, numEnd, numEnd + 12), CURRENCY_INITIALS)
			? /^\s+([a-z]+)\b/.exec(text.slice(numEnd, numEnd + 12))
			: null;
	if (cw && CURRENCY_WORDS[cw[1]!]) {
		currency = CURRENCY_WORDS[cw[1]!]!;
		numEnd += cw[0].length;
	}
	n.value = value;
	n.numEnd = numEnd;
	n.currency = currency;
}

/** "June 3" or "June 3, 2021": a date whose month comes first (the span starts at the month). */
function dateBefore(text: string, n: NumberAt): Found | null {
	// Months are ASCII and three letters or more: a word before that opens with no capital A-Z, or is
	// shorter ("A 1."), names none (and is not looked up).
	const c = n.pw.charCodeAt(0);
	const month = c >= 65 && c <= 90 && n.pw.length >= 3 ? MONTHS[n.pw.toLowerCase()] : undefined;
	if (month === undefined) return null;
	if (n.currency || PERCENT.test(pctText(text, n))) return null;
	if (n.value < 1 || n.value > 31 || n.raw.includes(',')) return null;
	const y = /^,?\s+(\d{4})\b/.exec(text.slice(n.numEnd, n.numEnd + 8));
	const start = text.lastIndexOf(n.pw, n.i);
	const end = y ? n.numEnd + y[0].length : n.numEnd;
	const value = (y ? parseInt(y[1]!, 10) * 10000 : 0) + month * 100 + n.value;
	return { fig: figureSpan(start, end, value, 'date', 'date', 'date'), next: end - 1 };
}

/** A percent sign or word right after a number. */
const PERCENT = /^\s?(?:%|percent\b|per cent\b|percentage points?\b)/i;

const pctText = (text: string, n: NumberAt): string => text.slice(n.numEnd, n.numEnd + 20);

/** Kind, unit and what the number counts; null for a decade ("1990s"), which is skipped. */
export function meaningOf(text: string, n: NumberAt): FigureSpan | null {
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
			? PERCENT.exec(pctText(text, n))
			: null;
	if (pct) {
		const end = numEnd + pct[0].length;
		const of = /^\s+of\s+/.exec(text.slice(end, end + 6));
		const counts = of ? countsAfter(text, end + of[0].length, e).counts : '';
		return figureSpan(i, end, n.value / 100, 'share', counts, 'ratio');
	}
	const wordAt = afterCommaAndSpace(text, numEnd);
	// A month's name is three ASCII letters or more: a word opening otherwise is not looked up.
	const nextW =
		isAsciiLetter(text.charCodeAt(wordAt)) &&
		isAsciiLetter(text.charCodeAt(wordAt + 1)) &&
		isAsciiLetter(text.charCodeAt(wordAt + 2))
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
	const w = afterCommaAndSpace(text, n.numEnd);
	// The first two letters of "or", "maybe", "perhaps", "to" and "and", checked before the pattern.
	const ell =
		counts || !isAsciiLetterIn(text, w, 'ompta') || !isAsciiLetterIn(text, w + 1, 'raeon')
			? null
			: /^,?\s+(?:or|maybe|perhaps|to|and)\s+(?:the\s+)?(?:next\s+)?[\w.]+\s+([a-z]+)/i.exec(
					text.slice(n.numEnd, n.numEnd + 40)
				);
	if (ell && TIME_UNITS.has(ell[1]!.toLowerCase())) counts = ell[1]!.toLowerCase();
	const first = counts ? (counts.split(/\s+/)[0]?.toLowerCase() ?? '') : '';
	const kind: FigureKind = TIME_UNITS.has(first) ? 'duration' : 'count';
	const end = kind === 'duration' ? c2.endAt : n.numEnd;
	return figureSpan(n.i, end, n.value, kind === 'duration' ? first : unitOf(counts), counts, kind);
}
