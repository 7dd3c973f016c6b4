/** Stage of figures: numbers in words ("tens of thousands of", "a third of", "one in five", "seven officers"). */
import { FRACTION_WORDS, NUMBER_WORDS, SCALE_WORDS, table, TIME_UNITS } from './lexicon';
import { countsAfter, STOP, unitOf } from './figure-phrase';
import { figureSpan, type FigureSpan, type Found } from './figures';
import { isAsciiLetter, isNonAsciiMark } from './chars';

/** Approximate amounts by their words before "of" ("tens of thousands of"). */
const APPROX = table(
	'1e5:hundreds_of_thousands|1e4:tens_of_thousands|1e7:tens_of_millions|1e8:hundreds_of_millions|1e3:thousands|100:hundreds|1e6:millions|1e9:billions|12:dozens'
);

/**
 * NUMBER_WORDS as a map: the lexicon's lookup object has no prototype, so V8 keeps it in dictionary
 * mode, where each look-up by a word sliced from the text first searches the string table.
 */
const NUMBER_VALUES = new Map(Object.entries(NUMBER_WORDS));

/** First words of word figures ("tens of thousands", "a third", "cut in half", "one in five"). */
const STARTERS = new Set(
	'a one two three half cut by twice halved doubled tripled tens hundreds thousands millions billions dozens'.split(
		' '
	)
);

/** Approximate and fractional word figures, matched where a word starts. */
const PHRASE =
	/\b(?:one|1) in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\b(?:(?:hundreds|tens) of (?:thousands|millions)|thousands|hundreds|millions|billions|dozens) of\b|\b(?:a|one|two|three) (?:third|thirds|quarter|quarters|half|fifth|fifths|tenth|tenths)\b|\b(?:two|three)-(?:thirds|quarters|fifths)\b|\bhalf of\b|\bcut in half\b|\bby half\b|\btwice\b|\bhalved\b|\bdoubled\b|\btripled\b/giy;

/** ASCII fast path; other characters fall back to Unicode classes. */
export function isLetter(code: number): boolean {
	if (code < 128) return isAsciiLetter(code);
	return !isNonAsciiMark(code) && /\p{L}/u.test(String.fromCharCode(code));
}

/**
 * Lowercase ASCII words as a trie of letters, to test a word of the text without copying it: node n's
 * child by letter c is next[n * 26 + c] (0 for none; the root is node 0), and end[n] marks a word.
 */
interface LetterTrie {
	next: Int32Array;
	end: Uint8Array;
}

function letterTrie(words: string[]): LetterTrie {
	const size = 1 + words.reduce((n, w) => n + w.length, 0);
	const trie = { next: new Int32Array(size * 26), end: new Uint8Array(size) };
	let nodes = 1;
	for (const w of words) {
		let node = 0;
		for (let k = 0; k < w.length; k++) {
			const at = node * 26 + w.charCodeAt(k) - 97;
			node = trie.next[at] ||= nodes++;
		}
		trie.end[node] = 1;
	}
	return trie;
}

/** Every word a word figure can open with (its part before a hyphen): most words are none. */
const OPENERS = letterTrie([...STARTERS, ...Object.keys(NUMBER_WORDS)]);

/** Whether ASCII letters text[a, b), lowercased, are one of `trie`'s words. */
function inTrie(trie: LetterTrie, text: string, a: number, b: number): boolean {
	let node = 0;
	for (let k = a; k < b; k++) {
		node = trie.next[node * 26 + (text.charCodeAt(k) | 32) - 97]!;
		if (node === 0) return false;
	}
	return trie.end[node] === 1;
}

/** A figure in words at i (a word start), or where the scan resumes when there is none. */
export function wordFigureAt(text: string, i: number, s: number, e: number): Found {
	let we = i + 1;
	let ascii = text.charCodeAt(i) < 128;
	let hyphen = -1;
	for (; we < e; we++) {
		const c = text.charCodeAt(we);
		if (isLetter(c)) ascii &&= c < 128;
		else if (c === 45 && isLetter(text.charCodeAt(we + 1))) hyphen = hyphen < 0 ? we : hyphen;
		else break;
	}
	// An ASCII word whose first part opens no figure is skipped whole without being copied.
	if (ascii && !inTrie(OPENERS, text, i, hyphen < 0 ? we : hyphen))
		return { fig: null, next: we - 1 };
	const w0 = text.slice(i, we).toLowerCase();
	const dash = w0.indexOf('-');
	const isNumberWord = NUMBER_VALUES.has(dash < 0 ? w0 : w0.slice(0, dash));
	if (!STARTERS.has(w0) && !isNumberWord)
		return { fig: null, next: i + Math.max(0, w0.length - 1) };
	// An ASCII starter that is no number word ("a", "half", "tens") can only open a phrase.
	if (ascii && !isNumberWord) return phraseFigureAt(text, i, s, e) ?? { fig: null, next: i };
	return phraseFigureAt(text, i, s, e) ?? spelledNumberAt(text, i, e);
}

/** Value, kind, unit and what it counts of a matched phrase; null when it is no figure here. */
function phraseMeaning(
	text: string,
	phrase: string,
	i: number,
	endAt: number,
	s: number,
	e: number
): FigureSpan | null {
	const approx = / of$/.test(phrase) ? APPROX[phrase.slice(0, -3)] : undefined;
	const oneIn = /^(?:one|1) in (\w+)$/.exec(phrase);
	const ratio = (value: number, unit: string, counts: string) =>
		figureSpan(i, endAt, value, unit, counts, 'ratio');
	if (oneIn) {
		const d = NUMBER_VALUES.get(oneIn[1]!) ?? parseInt(oneIn[1]!, 10);
		if (!d) return null;
		const c2 = countsAfter(text, endAt, e);
		return figureSpan(i, Math.max(endAt, c2.endAt), 1 / d, 'share', c2.counts, 'ratio');
	}
	if (approx) {
		const c2 = countsAfter(text, endAt, e);
		const end = c2.endAt > endAt ? c2.endAt : endAt;
		return figureSpan(i, end, Number(approx), unitOf(c2.counts), c2.counts, 'count');
	}
	if (phrase === 'twice') return ratio(2, 'times', 'multiple');
	if (phrase === 'cut in half' || phrase === 'halved' || phrase === 'by half')
		return ratio(0.5, 'share', 'cut');
	if (phrase === 'doubled' || phrase === 'tripled')
		return ratio(phrase === 'doubled' ? 2 : 3, 'times', 'increase');
	return fractionMeaning(text, phrase, i, endAt, s, e);
}

/** "a third of the country", "cut by two-thirds": a share, read with what follows. */
function fractionMeaning(
	text: string,
	phrase: string,
	i: number,
	endAt: number,
	s: number,
	e: number
): FigureSpan | null {
	const parts = phrase.split(/[\s-]+/);
	const num =
		parts[0] === 'a' || parts[0] === 'one' || parts[0] === 'half'
			? 1
			: (NUMBER_VALUES.get(parts[0]!) ?? 1);
	const frac = parts[0] === 'half' ? 0.5 : (FRACTION_WORDS[parts[1] ?? ''] ?? 0);
	const value = parts[0] === 'half' ? 0.5 : num * frac;
	let k = endAt;
	const rest = /^\s+of\s+/.exec(text.slice(endAt, endAt + 8));
	if (rest) k = endAt + rest[0].length;
	const c2 = countsAfter(text, k, e);
	const byBefore = /\bby\s+$/i.test(text.slice(Math.max(s, i - 4), i));
	if (!rest && !byBefore) return null;
	const end = c2.endAt > k ? c2.endAt : endAt;
	return figureSpan(i, end, value, 'share', rest ? c2.counts : 'change', 'ratio');
}

/** An approximate or fractional phrase at i; null when none starts there. */
function phraseFigureAt(text: string, i: number, s: number, e: number): Found | null {
	PHRASE.lastIndex = i;
	const m = PHRASE.exec(text);
	if (!m || m.index !== i || m.index + m[0].length > e) return null;
	const endAt = i + m[0].length;
	const fig = phraseMeaning(text, m[0].toLowerCase(), i, endAt, s, e);
	return fig ? { fig, next: endAt - 1 } : { fig: null, next: i };
}

/** Spelled numbers: "five officers", "two weeks", "twenty-five", "three million people". */
function spelledNumberAt(text: string, i: number, e: number): Found {
	const none = { fig: null, next: i };
	const wm = /^[a-z]+(?:-[a-z]+)?/i.exec(text.slice(i, Math.min(e, i + 20)));
	if (!wm) return none;
	if (inName(text, i, i + wm[0].length)) return none;
	const w = wm[0].toLowerCase();
	const hyphen = w.indexOf('-');
	let n = NUMBER_VALUES.get(hyphen < 0 ? w : w.slice(0, hyphen));
	if (n === undefined) return none;
	if (hyphen >= 0) {
		const u = NUMBER_VALUES.get(w.slice(hyphen + 1));
		if (u === undefined || u >= 10) return none;
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
	// "Four percent", "five per cent of voters": a share, as with digits.
	const pct = /^\s+(?:percent|per cent|percentage points?)\b/i.exec(text.slice(endAt, endAt + 20));
	if (pct) {
		const end = endAt + pct[0].length;
		const ofPct = /^\s+of\s+/.exec(text.slice(end, end + 6));
		const counts = ofPct ? countsAfter(text, end + ofPct[0].length, e).counts : '';
		return { fig: figureSpan(i, end, n / 100, 'share', counts, 'ratio'), next: end - 1 };
	}
	const of = /^\s+of\s+(?:its|their|the|his|her|our|these|those)\s+/i.exec(
		text.slice(endAt, endAt + 16)
	);
	const c2 = countsAfter(text, of ? endAt + of[0].length : endAt, e);
	if (!c2.counts || /^(?:of|and|or|to)$/i.test(c2.counts)) return none;
	const first = c2.counts.split(/\s+/)[0]!.toLowerCase();
	if (STOP.has(first)) return none;
	const isTime = TIME_UNITS.has(first);
	const unit = isTime ? first : unitOf(c2.counts);
	const fig = figureSpan(i, c2.endAt, n, unit, c2.counts, isTime ? 'duration' : 'count');
	return { fig, next: endAt - 1 };
}

/** Whether text[k] is a capital letter (ASCII by its code, others by the Unicode class). */
export function isCapitalAt(text: string, k: number): boolean {
	const c = text.charCodeAt(k);
	return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[k]!);
}

/** Whether the word at k opens a sentence, a quotation or a bracket: nothing but spaces or one of
 *  . ! ? : ; ( [ or a quotation mark or dash before it (a capital there says nothing of a name). */
export function opensSentence(text: string, k: number): boolean {
	let b = k - 1;
	while (b >= 0 && (text[b] === ' ' || text[b] === '\t' || text[b] === '\u00a0')) b--;
	return b < 0 || '.!?:;([\'"“”‘’—–-\n\r'.includes(text[b]!);
}

/** Whether a capitalised word (not in capitals throughout) starts at k. */
const titleCaseAt = (text: string, k: number): boolean =>
	isCapitalAt(text, k) && isLetter(text.charCodeAt(k + 1)) && !isCapitalAt(text, k + 1);

/** "Channel Nine News", "the Group of Seven", "the Big Ten": a number word in capitals inside a
 *  sentence, beside a capitalised word (or one before "of" or "for"), is part of a name; a
 *  headline's "FIRE AT DEPOT Three workers" is not. */
function inName(text: string, i: number, end: number): boolean {
	if (!titleCaseAt(text, i) || opensSentence(text, i)) return false;
	let k = end;
	while (text[k] === ' ') k++;
	if (titleCaseAt(text, k)) return true;
	let b = i - 1;
	for (let words = 0; words < 2; words++) {
		while (b >= 0 && text[b] === ' ') b--;
		let a = b;
		while (a > 0 && (isLetter(text.charCodeAt(a - 1)) || /['’]/.test(text[a - 1]!))) a--;
		if (titleCaseAt(text, a)) return true;
		if (words > 0 || !/^(?:of|for)$/.test(text.slice(a, b + 1))) return false;
		b = a - 1;
	}
	return false;
}
