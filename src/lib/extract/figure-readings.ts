/** Stage of figures: numbers in digits that are no amount — readings ("14:30", "5'10\""), labels ("Unit 8200"), ages. */
import { IDENTIFIER_NOUNS, MONTHS, TIME_UNITS } from './lexicon';
import { isCapitalAt, opensSentence } from './figure-words';
import { FUNCTION_WORDS } from './words';
import {
	isAsciiLetterIn,
	isAsciiNonLetter,
	isSpaceAt,
	lastNonSpace,
	skipSpaces,
	startsUpper
} from './chars';
import type { NumberAt } from './figure-number';

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
export function isReading(text: string, i: number, n: NumberAt): boolean {
	const { numEnd, currency } = n;
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
	if (isFootOrInchMark(text.charCodeAt(numEnd)) && /[\dx×]/i.test(text[numEnd + 1] ?? ''))
		return true;
	// "o'clock", "am", "p.m.": a letter of "oap" with no space after it ("A 1 a" reads no clock).
	const k = skipSpaces(text, numEnd, numEnd + 9);
	if (
		isAsciiLetterIn(text, k, 'oap') &&
		!isSpaceAt(text, k + 1) &&
		/^\s*(?:o['’]clock|a\.?m\b|p\.?m\b)/i.test(text.slice(numEnd, numEnd + 9))
	)
		return true;
	return after === '.' && /\d/.test(text[numEnd + 1] ?? '');
}

/** `["'″′”’]` for one code unit: a foot, inch or minute mark ("5'10\""). */
const isFootOrInchMark = (c: number): boolean =>
	c === 34 || c === 39 || c === 0x2033 || c === 0x2032 || c === 0x201d || c === 0x2019;

/** A label or an age: "Unit 8200", "No. 5", "Ana Paula, 42, a teacher", "aged 13 to 16". */
export function isLabelOrAge(text: string, i: number, s: number, n: NumberAt): boolean {
	const { pw } = n;
	// Each pattern on the word before runs only where its first character can open a match.
	if (!n.currency && pw && startsUpper(pw) && IDENTIFIER_NOUNS.has(pw.toLowerCase())) return true;
	if (!n.currency && pw.length <= 3 && isAsciiLetterIn(pw, 0, 'n#') && /^(?:no|nos|#)$/i.test(pw))
		return true;
	const after = text[n.numEnd];
	const from = Math.max(s, i - 20);
	// Both tests on the 20 characters before need them to end in ", " or in "to", "-" or "and".
	const lead = isSpaceAt(text, i - 1) || text[i - 1] === '-';
	if (
		lead &&
		i - 2 >= from &&
		text[i - 2] === ',' &&
		!isAsciiNonLetter(text.charCodeAt(i - 3)) &&
		/\p{Lu}[\p{Ll}]+,\s$/u.test(text.slice(from, i)) &&
		(after === ',' || after === '.' || after === undefined) &&
		parseFloat(n.raw.replace(/,/g, '')) < 120
	)
		return true;
	return (
		(pw.length >= 3 &&
			pw.length <= 4 &&
			isAsciiLetterIn(pw, 0, 'a') &&
			/^(?:aged?|ages)$/i.test(pw)) ||
		(lead &&
			isAsciiLetterIn(text, lastNonSpace(text, from, i), 'od-') &&
			/\baged?\s+\d+\s*(?:to|-|and)\s*$/i.test(text.slice(from, i)))
	);
}

/** Words after a number that make it an amount even after a name: "Ruiz 48 percent", "Ohio 3 to 1". */
const AMOUNT_AFTER =
	/^(?:percent|per|points?|times|to|and|or|of|thousand|million|billion|trillion)$/i;

/** A number inside a name: "told Fox 5 that", "the Apollo 11 mission": right after a capitalised
 *  word inside a sentence (no month, function word, possessive or headline in capitals) and before
 *  a word that makes it no amount; a year only before another capitalised word. */
export function isInName(text: string, i: number, n: NumberAt): boolean {
	const { pw } = n;
	if (n.currency || !pw || !isCapitalAt(pw, 0) || isCapitalAt(pw, 1) || text[n.numEnd] !== ' ')
		return false;
	const lower = pw.toLowerCase();
	// "Lee's 2009 accounts": a possessive owns the figure, it does not name it.
	// (Months have three letters or more: a shorter word is not looked up in their table.)
	if (
		FUNCTION_WORDS.has(lower) ||
		(pw.length > 2 && MONTHS[lower] !== undefined) ||
		/['’]s?$/.test(pw)
	)
		return false;
	const next = /^ ([\p{L}]+)/u.exec(text.slice(n.numEnd, n.numEnd + 16));
	if (!next || AMOUNT_AFTER.test(next[1]!) || TIME_UNITS.has(next[1]!.toLowerCase())) return false;
	// "the Harbour 2016 campaign": a year after a name is part of it only before another capital.
	if (/^\d{4}$/.test(n.raw) && !isCapitalAt(next[1]!, 0)) return false;
	return !opensSentence(text, text.lastIndexOf(pw, i));
}
