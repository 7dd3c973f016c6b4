/** Stable content-derived ids: FNV-1a hashes and name slugs, never positions. */
import { fnv1a32 } from '../hash';

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
export function fnv1a(input: string): string {
	return fnv1a32(input).toString(16).padStart(8, '0');
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

/** Id for an item of a seed: prefix, hash of seed + normalized words, plus a counter for repeats. */
export function itemId(prefix: string, seed: string, text: string, repeat: number): string {
	const key = seed + '\u0000' + normWords(text).join(' ') + (repeat ? '\u0000' + repeat : '');
	return `${prefix}-${fnv1a(key)}`;
}
