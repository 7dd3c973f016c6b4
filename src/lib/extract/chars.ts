/** Character classes by char code, for hot loops where a one-character regex test costs too much. */

/** JavaScript's `\s` (white space and line terminators) for one UTF-16 code unit. */
export function isSpaceCode(c: number): boolean {
	if (c < 128) return c === 32 || (c >= 9 && c <= 13);
	return (
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/** Whether text[k] exists and is `\s`. */
export const isSpaceAt = (text: string, k: number): boolean =>
	k >= 0 && k < text.length && isSpaceCode(text.charCodeAt(k));

/**
 * Whether text[k] is one of `chars` (lowercase letters, or other ASCII) in either case: a cheap test
 * that a case-insensitive pattern (ASCII case only, as without the u flag) can match there at all.
 */
export function isAsciiLetterIn(text: string, k: number, chars: string): boolean {
	// NaN past either end; a one-character string of ASCII is the engine's own, not a new one.
	const c = text.charCodeAt(k);
	return c < 128 && chars.includes(String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c));
}

/** Index of the first non-space character in text[k, end), or `end`. */
export function skipSpaces(text: string, k: number, end: number): number {
	while (k < end && isSpaceAt(text, k)) k++;
	return k;
}

/** Index of the last non-space character in text[from, to), or -1. */
export function lastNonSpace(text: string, from: number, to: number): number {
	let k = to - 1;
	while (k >= from && isSpaceAt(text, k)) k--;
	return k >= from ? k : -1;
}

/** ASCII digit, letter, and either, by char code. */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isAsciiAlnum = (c: number): boolean => isAsciiDigit(c) || isAsciiLetter(c);

/** A straight or curly apostrophe. */
export const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Non-ASCII marks that are never letters or digits, common in news: dashes, curly quotes, bullets
 *  and the ellipsis (U+2010 to U+2027), and guillemets. */
export const isNonAsciiMark = (c: number): boolean =>
	(c >= 0x2010 && c <= 0x2027) || c === 0xab || c === 0xbb;

/** A letter or digit (`[\p{L}\p{N}]`) for one code unit: ASCII and common marks by code. */
export const isWordCode = (c: number): boolean =>
	c < 128 ? isAsciiAlnum(c) : !isNonAsciiMark(c) && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));

/** An ASCII character that is no letter (a word of letters cannot start with it). */
export const isAsciiNonLetter = (c: number): boolean => c < 128 && !isAsciiLetter(c);

/** Whether text[s, e) may hold a letter (`\p{L}`): ASCII by its code, others by the Unicode class,
 *  and any surrogate counts (a letter beyond the first plane, as some names in Chinese are). */
export function hasLetter(text: string, s: number, e: number): boolean {
	for (let k = s; k < e; k++) {
		const c = text.charCodeAt(k);
		if (
			c < 128
				? (c | 32) >= 97 && (c | 32) <= 122
				: !isNonAsciiMark(c) && (isSurrogate(c) || /\p{L}/u.test(text[k]!))
		)
			return true;
	}
	return false;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** `^\p{Lu}` for a word: ASCII by its code, others by the Unicode class. */
export function startsUpper(w: string): boolean {
	const c = w.charCodeAt(0);
	return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
}
