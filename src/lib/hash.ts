/** The one string hash of the app: 32-bit FNV-1a over UTF-16 code units (ids, quiz seeds, token checks). */

/**
 * FNV-1a of `text` as an unsigned 32-bit integer. Not cryptographic: for stable ids and typo checks.
 * `from` continues a hash: fnv1a32(b, fnv1a32(a)) is fnv1a32(a + b).
 */
export function fnv1a32(text: string, from = 0x811c9dc5): number {
	let h = from;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}
