/** Figures: numbers in digits, words, scales and currencies; what they count; kind; identifiers excluded. */
import type { FigureKind, Span } from './types';
import {
	FRACTION_WORDS,
	GROUP_NOUNS,
	table,
	IDENTIFIER_NOUNS,
	MONTHS,
	NUMBER_WORDS,
	SCALE_WORDS,
	TIME_UNITS
} from './lexicon';

export interface FigureSpan extends Span {
	value: number;
	unit: string;
	counts: string;
	kind: FigureKind;
}

const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORDS = table(
	'USD:dollars dollar|CNY:yuan renminbi|EUR:euros euro|GBP:pounds|JPY:yen|INR:rupees|RUB:rubles roubles|KRW:won|IDR:rupiah|MXN:pesos|ZAR:rand|CHF:francs|NGN:naira'
);
const PEOPLE = new Set([
	...[...GROUP_NOUNS].filter((w) => w !== 'families'),
	...'people persons individuals members staff citizens men women children defendants suspects hackers agents spies'.split(
		' '
	)
]);
const STOP = new Set(
	`in on at from to by with for during over under into against that which who whom were was is are had have has
will would could can may might be been being said says than as after before since until while when where because
if but per each this these those its their his her our your my the a an of worldwide nationwide globally
overall annually apiece altogether respectively online offline ago earlier later so far`
		.split(/\s+/)
		.filter(Boolean)
);
const APPROX: [RegExp, number][] = [
	[/^hundreds of thousands\b/i, 1e5],
	[/^tens of thousands\b/i, 1e4],
	[/^tens of millions\b/i, 1e7],
	[/^hundreds of millions\b/i, 1e8],
	[/^thousands\b/i, 1e3],
	[/^hundreds\b/i, 100],
	[/^millions\b/i, 1e6],
	[/^billions\b/i, 1e9],
	[/^dozens\b/i, 12]
];

const NUM = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;

/**
 * Words after position i, with their offsets: at most n, and none past the first word without a
 * letter (the noun phrase ends there), so a run of bare numbers costs one word each.
 */
function wordsAt(
	text: string,
	i: number,
	end: number,
	n: number
): { w: string; s: number; e: number }[] {
	const out: { w: string; s: number; e: number }[] = [];
	const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,.;:()"“”]/gu;
	re.lastIndex = i;
	let m: RegExpExecArray | null;
	while (out.length < n && (m = re.exec(text)) !== null && m.index < end) {
		let w = m[0];
		const stop = /[.]$/.test(w) && w.length > 1 && !/^(?:\p{L}\.)+$/u.test(w);
		if (stop) w = w.slice(0, -1);
		out.push({ w, s: m.index, e: m.index + w.length });
		if (stop) out.push({ w: '.', s: m.index + w.length, e: m.index + w.length + 1 });
		if (stop || !HAS_LETTER.test(w)) break;
	}
	return out;
}

const HAS_LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{N}.'’-]/u;
const WORD_START = /[\p{L}\p{N}]/u;

/** The word just before index i (a "#" and spaces between skipped), scanning back at most 40
 *  characters; a backward scan, since an end-anchored regex would backtrack on every start. */
function prevWord(text: string, i: number, start: number): string {
	const lo = Math.max(start, i - 40);
	let e = i;
	if (e > lo && text[e - 1] === '#') e--;
	while (e > lo && /[\s\u00a0]/.test(text[e - 1]!)) e--;
	let b = e;
	while (b > lo && WORD_PART.test(text[b - 1]!)) b--;
	while (b < e && !WORD_START.test(text[b]!)) b++;
	return b < e ? text.slice(b, e).replace(/\.$/, '') : '';
}

/** The noun phrase a number counts, read from the words after it. */
function countsAfter(text: string, i: number, end: number): { counts: string; endAt: number } {
	const ws = wordsAt(text, i, end, 8);
	const kept: { w: string; s: number; e: number }[] = [];
	for (let n = 0; n < ws.length; n++) {
		const x = ws[n]!;
		const lw = x.w.toLowerCase();
		if (!/[\p{L}]/u.test(x.w)) break;
		// "two candidates agree on": after a plural noun, a bare word before a function word is a verb.
		const prevW = kept[kept.length - 1]?.w ?? '';
		const nextW = ws[n + 1]?.w.toLowerCase() ?? '';
		if (
			/[a-z]{3}s$/.test(prevW) &&
			/^[a-z]+$/.test(x.w) &&
			!/s$/.test(lw) &&
			STOP.has(nextW) &&
			!STOP.has(lw)
		)
			break;
		if (
			STOP.has(lw) &&
			!(
				kept.length === 0 &&
				(lw === 'its' || lw === 'the' || lw === 'their' || lw === 'his' || lw === 'her')
			)
		) {
			if (lw !== 'or' || kept.length === 0) break;
		}
		if (lw === 'and' && kept.length > 0) break;
		if (/(?:ing|ed)$/.test(lw) && kept.length > 0) break;
		if (TIME_UNITS.has(lw) && kept.length === 0) {
			kept.push(x);
			break;
		}
		kept.push(x);
		if (kept.length >= 6) break;
	}
	while (kept.length && /^(?:or|and|its|the|their)$/i.test(kept[kept.length - 1]!.w)) kept.pop();
	if (!kept.length) return { counts: '', endAt: i };
	return {
		counts: text.slice(kept[0]!.s, kept[kept.length - 1]!.e),
		endAt: kept[kept.length - 1]!.e
	};
}

function unitOf(counts: string): string {
	const ws = counts.toLowerCase().split(/\s+/).filter(Boolean);
	const last = ws[ws.length - 1] ?? '';
	if (PEOPLE.has(last)) return 'people';
	return last.replace(/[^a-z-]/g, '') || 'items';
}

/** First words of word figures ("tens of thousands", "a third", "cut in half", "one in five"). */
const STARTERS = new Set(
	'a one two three half cut by twice halved doubled tripled tens hundreds thousands millions billions dozens'.split(
		' '
	)
);

/** ASCII fast paths; other characters fall back to Unicode classes. */
function isLetter(code: number): boolean {
	if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	return /\p{L}/u.test(String.fromCharCode(code));
}
function isWordChar(code: number): boolean {
	if (code < 128)
		return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

const value0 = (raw: string): number => parseFloat(raw.replace(/,/g, ''));

/** Find figures in paragraph text[s, e). */
export function findFigures(text: string, s: number, e: number): FigureSpan[] {
	const out: FigureSpan[] = [];
	// The largest end among out[0..n]: the scan back stops where nothing earlier can reach `a`, so
	// figures found in text order cost O(1) each however densely they sit.
	const maxEnd: number[] = [];
	const taken = (a: number, b: number): boolean => {
		for (let n = out.length - 1; n >= 0 && maxEnd[n]! > a; n--)
			if (out[n]!.start < b && a < out[n]!.end) return true;
		return false;
	};
	const push = (f: FigureSpan): void => {
		maxEnd.push(Math.max(f.end, maxEnd[maxEnd.length - 1] ?? 0));
		out.push(f);
	};
	// Approximate and fractional word figures.
	const wordRe =
		/\b(?:one|1) in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\b(?:(?:hundreds|tens) of (?:thousands|millions)|thousands|hundreds|millions|billions|dozens) of\b|\b(?:a|one|two|three) (?:third|thirds|quarter|quarters|half|fifth|fifths|tenth|tenths)\b|\b(?:two|three)-(?:thirds|quarters|fifths)\b|\bhalf of\b|\bcut in half\b|\bby half\b|\btwice\b|\bhalved\b|\bdoubled\b|\btripled\b/giy;
	for (let i = s; i < e; i++) {
		const c = text[i]!;
		if (i > s && isWordChar(text.charCodeAt(i - 1))) continue;
		const code = text.charCodeAt(i);
		const letter = isLetter(code);
		if (!letter && !(code >= 48 && code <= 57) && !CURRENCY[c] && !(code > 127 && /\p{N}/u.test(c)))
			continue;
		if (letter) {
			let we = i + 1;
			while (
				we < e &&
				(isLetter(text.charCodeAt(we)) || (text[we] === '-' && isLetter(text.charCodeAt(we + 1))))
			)
				we++;
			const w0 = text.slice(i, we).toLowerCase();
			if (!STARTERS.has(w0) && NUMBER_WORDS[w0.split('-')[0]!] === undefined) {
				i += Math.max(0, w0.length - 1);
				continue;
			}
			wordRe.lastIndex = i;
			const m = wordRe.exec(text);
			if (m && m.index === i && m.index + m[0].length <= e) {
				const phrase = m[0].toLowerCase();
				const endAt = i + m[0].length;
				let value = 0;
				let kind: FigureKind = 'count';
				let unit = 'share';
				let counts = '';
				let spanEnd = endAt;
				const approx = APPROX.find(([re]) => re.test(phrase));
				const oneIn = /^(?:one|1) in (\w+)$/.exec(phrase);
				if (oneIn) {
					const d = NUMBER_WORDS[oneIn[1]!] ?? parseInt(oneIn[1]!, 10);
					if (!d) continue;
					value = 1 / d;
					kind = 'ratio';
					const c2 = countsAfter(text, endAt, e);
					counts = c2.counts;
					if (c2.endAt > endAt) spanEnd = c2.endAt;
				} else if (approx && / of$/.test(phrase)) {
					value = approx[1];
					const c2 = countsAfter(text, endAt, e);
					counts = c2.counts;
					unit = unitOf(counts);
					spanEnd = c2.endAt > endAt ? c2.endAt : endAt;
				} else if (phrase === 'twice') {
					value = 2;
					kind = 'ratio';
					unit = 'times';
					counts = 'multiple';
				} else if (phrase === 'cut in half' || phrase === 'halved' || phrase === 'by half') {
					value = 0.5;
					kind = 'ratio';
					counts = 'cut';
				} else if (phrase === 'doubled' || phrase === 'tripled') {
					value = phrase === 'doubled' ? 2 : 3;
					kind = 'ratio';
					unit = 'times';
					counts = 'increase';
				} else {
					const parts = phrase.split(/[\s-]+/);
					const num =
						parts[0] === 'a' || parts[0] === 'one' || parts[0] === 'half'
							? 1
							: (NUMBER_WORDS[parts[0]!] ?? 1);
					const frac = parts[0] === 'half' ? 0.5 : (FRACTION_WORDS[parts[1] ?? ''] ?? 0);
					value = parts[0] === 'half' ? 0.5 : num * frac;
					kind = 'ratio';
					let k = endAt;
					const rest = /^\s+of\s+/.exec(text.slice(endAt, endAt + 8));
					if (rest) k = endAt + rest[0].length;
					const c2 = countsAfter(text, k, e);
					counts = c2.counts;
					const byBefore = /\bby\s+$/i.test(text.slice(Math.max(s, i - 4), i));
					if (!rest && !byBefore) continue;
					if (!rest) counts = 'change';
					if (c2.endAt > k) spanEnd = c2.endAt;
				}
				if (!taken(i, spanEnd)) push({ start: i, end: spanEnd, value, unit, counts, kind });
				i = endAt - 1;
				continue;
			}
			// Spelled numbers: "five officers", "two weeks", "twenty-five".
			const wm = /^[a-z]+(?:-[a-z]+)?/i.exec(text.slice(i, Math.min(e, i + 20)));
			if (!wm) continue;
			const word = wm[0].toLowerCase();
			const parts = word.split('-');
			let n = NUMBER_WORDS[parts[0]!];
			if (n === undefined) continue;
			if (parts[1]) {
				const u = NUMBER_WORDS[parts[1]];
				if (u === undefined || u >= 10) continue;
				n += u;
			}
			let endAt = i + wm[0].length;
			const sc = /^\s+(thousand|million|billion|trillion|hundred)\b/i.exec(
				text.slice(endAt, endAt + 12)
			);
			if (sc) {
				n *= sc[1]!.toLowerCase() === 'hundred' ? 100 : SCALE_WORDS[sc[1]!.toLowerCase()]!;
				endAt += sc[0].length;
			}
			const of = /^\s+of\s+(?:its|their|the|his|her|our|these|those)\s+/i.exec(
				text.slice(endAt, endAt + 16)
			);
			const c2 = countsAfter(text, of ? endAt + of[0].length : endAt, e);
			if (!c2.counts || /^(?:of|and|or|to)$/i.test(c2.counts)) continue;
			const first = c2.counts.split(/\s+/)[0]!.toLowerCase();
			if (STOP.has(first)) continue;
			const isTime = TIME_UNITS.has(first);
			const spanEnd = isTime ? c2.endAt : c2.endAt;
			if (!taken(i, spanEnd))
				push({
					start: i,
					end: spanEnd,
					value: n,
					unit: isTime ? first : unitOf(c2.counts),
					counts: c2.counts,
					kind: isTime ? 'duration' : 'count'
				});
			i = endAt - 1;
			continue;
		}
		// Digits, possibly with a currency sign.
		let k = i;
		let currency: string | null = null;
		if (CURRENCY[c]) {
			currency = CURRENCY[c]!;
			k++;
			while (k < e && text[k] === ' ') k++;
		}
		NUM.lastIndex = k;
		const m = NUM.exec(text);
		if (!m || m.index !== k || k + m[0].length > e) continue;
		let numEnd = k + m[0].length;
		const raw = m[0];
		const before = text[i - 1];
		const after = text[numEnd];
		// Identifiers and readings: letters glued on, clock times, "Unit 8200", "No. 5".
		if (!currency && before !== undefined && /[\p{L}_\-/#:]/u.test(before) && !/\s/.test(before)) {
			i = numEnd - 1;
			continue;
		}
		const glued = currency !== null && /^(?:bn|mn|m|k|tn)\b/i.test(text.slice(numEnd, numEnd + 3));
		if (
			!glued &&
			after !== undefined &&
			(/[\p{L}_]/u.test(after) ||
				(after === ':' && /\d/.test(text[numEnd + 1] ?? '')) ||
				(after === '-' && /[\p{L}\d]/u.test(text[numEnd + 1] ?? '')) ||
				(after === '/' && /\d/.test(text[numEnd + 1] ?? '')))
		) {
			if (!(
				after === '-' &&
				/^-(?:year|month|week|day|hour|minute|percent|per)/i.test(text.slice(numEnd, numEnd + 9))
			)) {
				i = numEnd - 1;
				continue;
			}
		}
		if (after !== undefined && /["'″′”’]/.test(after) && /[\dx×]/i.test(text[numEnd + 1] ?? '')) {
			i = numEnd - 1;
			continue;
		}
		if (/^\s*(?:o['’]clock|a\.?m\b|p\.?m\b)/i.test(text.slice(numEnd, numEnd + 9))) {
			i = numEnd - 1;
			continue;
		}
		if (after === '.' && /\d/.test(text[numEnd + 1] ?? '')) {
			i = numEnd - 1;
			continue;
		}
		const pw = prevWord(text, i, s);
		if (!currency && pw && /^\p{Lu}/u.test(pw) && IDENTIFIER_NOUNS.has(pw.toLowerCase())) {
			i = numEnd - 1;
			continue;
		}
		if (!currency && /^(?:no|nos|#)$/i.test(pw)) {
			i = numEnd - 1;
			continue;
		}
		let value = parseFloat(raw.replace(/,/g, ''));
		let kind: FigureKind = 'count';
		let unit = '';
		let counts = '';
		let spanEnd = numEnd;
		// "Ana Paula, 42, a teacher": an age.
		if (
			/\p{Lu}[\p{Ll}]+,\s$/u.test(text.slice(Math.max(s, i - 20), i)) &&
			(after === ',' || after === '.' || after === undefined) &&
			value0(raw) < 120
		) {
			i = numEnd - 1;
			continue;
		}
		if (
			/^(?:aged?|ages)$/i.test(pw) ||
			/\baged?\s+\d+\s*(?:to|-|and)\s*$/i.test(text.slice(Math.max(s, i - 20), i))
		) {
			i = numEnd - 1;
			continue;
		}
		const scale = /^\s?(trillion|billion|million|thousand|bn|mn|tn|m|k)\b/i.exec(
			text.slice(numEnd, numEnd + 10)
		);
		if (scale && (scale[1]!.length > 2 || currency)) {
			value *= SCALE_WORDS[scale[1]!.toLowerCase()]!;
			numEnd += scale[0].length;
			spanEnd = numEnd;
		}
		const cw = /^\s+([a-z]+)\b/.exec(text.slice(numEnd, numEnd + 12));
		if (!currency && cw && CURRENCY_WORDS[cw[1]!]) {
			currency = CURRENCY_WORDS[cw[1]!]!;
			numEnd += cw[0].length;
			spanEnd = numEnd;
		}
		const pct = /^\s?(?:%|percent\b|per cent\b|percentage points?\b)/i.exec(
			text.slice(numEnd, numEnd + 20)
		);
		const month = MONTHS[pw.toLowerCase()];
		const nextW = /^,?\s+([\p{L}]+)/u.exec(text.slice(numEnd, numEnd + 20));
		const nextMonth = nextW ? MONTHS[nextW[1]!.toLowerCase()] : undefined;
		if (currency) {
			kind = 'money';
			unit = currency;
			counts = countsAfter(text, numEnd, e).counts;
			// "$2 billion in government bonds": what the money is in or for.
			const prep = counts
				? null
				: /^\s+(?:in|of|for|on|worth of)\s+/.exec(text.slice(numEnd, numEnd + 12));
			if (prep) counts = countsAfter(text, numEnd + prep[0].length, e).counts;
		} else if (pct) {
			kind = 'ratio';
			unit = 'share';
			value = value / 100;
			spanEnd = numEnd + pct[0].length;
			const of = /^\s+of\s+/.exec(text.slice(spanEnd, spanEnd + 6));
			counts = of ? countsAfter(text, spanEnd + of[0].length, e).counts : '';
		} else if (
			month !== undefined &&
			value >= 1 &&
			value <= 31 &&
			!raw.includes(',') &&
			/^\p{Lu}/u.test(pw)
		) {
			kind = 'date';
			const y = /^,?\s+(\d{4})\b/.exec(text.slice(numEnd, numEnd + 8));
			const start =
				i - pw.length - (text.slice(i - pw.length - 2, i).match(/\s+$/)?.[0].length ?? 1);
			const st = text.lastIndexOf(pw, i);
			spanEnd = y ? numEnd + y[0].length : numEnd;
			value = (y ? parseInt(y[1]!, 10) * 10000 : 0) + month * 100 + value;
			unit = 'date';
			counts = 'date';
			void start;
			if (!taken(st, spanEnd)) push({ start: st, end: spanEnd, value, unit, counts, kind });
			i = spanEnd - 1;
			continue;
		} else if (nextMonth !== undefined && value >= 1 && value <= 31 && !raw.includes(',')) {
			kind = 'date';
			const rest = /^,?\s+[\p{L}]+\.?(?:,?\s+(\d{4}))?/u.exec(text.slice(numEnd, numEnd + 24))!;
			spanEnd = numEnd + rest[0].length;
			value = (rest[1] ? parseInt(rest[1], 10) * 10000 : 0) + nextMonth * 100 + value;
			unit = 'date';
			counts = 'date';
		} else if (/^\d{4}$/.test(raw) && value >= 1800 && value <= 2100) {
			const c2 = countsAfter(text, numEnd, e);
			const fw = c2.counts.split(/\s+/)[0] ?? '';
			if (c2.counts && /^[a-z]+s$/.test(fw) && !/^(?:as|is|was|has|its|this|thus)$/.test(fw)) {
				counts = c2.counts;
				unit = unitOf(counts);
			} else {
				kind = 'year';
				unit = 'year';
				counts = 'year';
				if (/^s\b/.test(text.slice(numEnd, numEnd + 2))) {
					i = numEnd;
					continue;
				}
			}
		} else {
			const c2 = countsAfter(text, numEnd, e);
			counts = c2.counts;
			// "the next 10, maybe five years": the unit comes after an alternative.
			const ell = counts
				? null
				: /^,?\s+(?:or|maybe|perhaps|to|and)\s+(?:the\s+)?(?:next\s+)?[\w.]+\s+([a-z]+)/i.exec(
						text.slice(numEnd, numEnd + 40)
					);
			if (ell && TIME_UNITS.has(ell[1]!.toLowerCase())) counts = ell[1]!.toLowerCase();
			const first = counts.split(/\s+/)[0]?.toLowerCase() ?? '';
			if (TIME_UNITS.has(first)) {
				kind = 'duration';
				unit = first;
				spanEnd = c2.endAt;
			} else unit = unitOf(counts);
		}
		// "more than 30 years": keep the qualifier in the span.
		let spanStart = i;
		const q =
			/(?:more than|less than|fewer than|over|nearly|almost|about|around|roughly|some|at least|up to|a total of)\s+$/i.exec(
				text.slice(Math.max(s, i - 14), i)
			);
		if (q && kind !== 'year' && kind !== 'date') spanStart = i - q[0].length;
		if (!taken(spanStart, spanEnd))
			push({ start: spanStart, end: spanEnd, value, unit, counts, kind });
		i = Math.max(i, spanEnd - 1);
	}
	// Twelve significant digits hide float noise ("0.07" from 7 / 100); whole numbers have none.
	for (const f of out)
		if (!Number.isInteger(f.value) || Math.abs(f.value) >= 1e12)
			f.value = Number(f.value.toPrecision(12));
	// A number past the safe range (e.g. "$" and 1,000 nines) cannot be stated exactly: not a figure.
	return out
		.filter((f) => Number.isFinite(f.value) && Math.abs(f.value) <= Number.MAX_SAFE_INTEGER)
		.sort((a, b) => a.start - b.start);
}
