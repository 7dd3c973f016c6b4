/** Stable content-derived ids: FNV-1a hashes and name slugs, never positions. */
import { fnv1a32 } from '../hash';
import { isAsciiAlnum } from './chars';

/** An unsigned 32-bit number as 8 lowercase hex digits (as toString(16) and padStart, which cost more). */
function hex8(h: number): string {
	return String.fromCharCode(
		hexDigit(h, 28),
		hexDigit(h, 24),
		hexDigit(h, 20),
		hexDigit(h, 16),
		hexDigit(h, 12),
		hexDigit(h, 8),
		hexDigit(h, 4),
		hexDigit(h, 0)
	);
}

/** Char code of the hex digit of h at bit `shift`. */
function hexDigit(h: number, shift: number): number {
	const n = (h >>> shift) & 15;
	return n < 10 ? 48 + n : 87 + n;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
export function fnv1a(input: string): string {
	return hex8(fnv1a32(input));
}

/** Lowercase words joined by hyphens, diacritics and punctuation removed. */
export function slugify(name: string): string {
	const s = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’.]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return s || 'x-' + fnv1a(name);
}

/** Words of a text, lowercased, for comparing wordings. */
export function normWords(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.split(/[^a-z0-9']+/)
		.map((w) => w.replace(/^'+|'+$/g, ''))
		.filter((w) => w.length > 0);
}

/**
 * normWords(text).join(' '), without regular expressions or arrays for plain ASCII text (most
 * figures and many quotes); other text takes normWords, whose lowercasing is Unicode's.
 */
function normKey(text: string): string {
	let out = '';
	let a = -1;
	for (let k = 0; k <= text.length; k++) {
		const c = k < text.length ? text.charCodeAt(k) : 32;
		if (c >= 128 || c === 96) return normWords(text).join(' ');
		const inWord = isAsciiAlnum(c) || c === 39;
		if (inWord && a < 0) a = k;
		if (inWord || a < 0) continue;
		let b = k;
		while (a < b && text.charCodeAt(a) === 39) a++;
		while (b > a && text.charCodeAt(b - 1) === 39) b--;
		if (b > a) out += (out ? ' ' : '') + text.slice(a, b).toLowerCase();
		a = -1;
	}
	return out;
}

/** FNV-1a state after the last seed's `seed + "\0"`: every id of an article starts with it. */
let seedKey = { seed: '', hash: 0 };

/** FNV-1a continued over the decimal digits of a count, first to last, as over `${n}`, unbuilt: by
 *  integer division (floating division and remainder cost a call each). */
function hashDigits(h: number, n: number): number {
	const q = (n / 10) | 0;
	return Math.imul((q ? hashDigits(h, q) : h) ^ (48 + n - q * 10), 0x01000193) >>> 0;
}

/** `${prefix}-` and 8 hex digits of h. */
const idString = (prefix: string, h: number): string => `${prefix}-${hex8(h)}`;

/** Hash of seed + normalized words: the part of an item's id that its repeats share. */
export function wordsHash(seed: string, text: string): number {
	if (seedKey.seed !== seed) seedKey = { seed, hash: fnv1a32(seed + '\u0000') };
	// The hash continues over the parts (as over their concatenation) without building the string.
	return fnv1a32(normKey(text), seedKey.hash);
}

/** Id from a wordsHash and the count of earlier items with the same words. */
export function repeatId(prefix: string, h: number, repeat: number): string {
	// A repeat's words are followed by "\0" and its count.
	return idString(prefix, repeat ? hashDigits(Math.imul(h, 0x01000193) >>> 0, repeat) : h);
}

/** Id for an item of a seed: prefix, hash of seed + normalized words, plus a counter for repeats. */
export function itemId(prefix: string, seed: string, text: string, repeat: number): string {
	return repeatId(prefix, wordsHash(seed, text), repeat);
}
