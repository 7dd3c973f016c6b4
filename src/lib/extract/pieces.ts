/** Stage: a paragraph longer than any real one is read in pieces, so what reading it makes dies young. */
import type { Line } from './clean';
import { isSpaceCode, skipSpaces } from './chars';

/**
 * The longest stretch read at once. News paragraphs run to about 3,000 characters. Everything made
 * for a paragraph (tokens, marks, mentions) lives until it is read: in a megabyte of one-word
 * quotes with no line break, over 100 MB for the collector to copy and the kernel to page in.
 */
export const PIECE = 16_384;

/**
 * Where a piece from s to at most `limit` ends: in its second half, at the last sentence end outside
 * double quotation marks, else the last space outside them, else the last space, else the limit.
 */
function cutAfter(text: string, s: number, limit: number): number {
	let open = false;
	let sentence = 0;
	let outside = 0;
	let space = 0;
	for (let k = s; k < limit; k++) {
		// By char code: '"' is 34, '“' 8220 and '”' 8221.
		const c = text.charCodeAt(k);
		if (c === 34) open = !open;
		else if (c === 8220 || c === 8221) open = c === 8220;
		else if (k > s + PIECE / 2 && isSpaceCode(c)) {
			space = k;
			if (open) continue;
			outside = k;
			if (/[.!?]["”’')]*$/.test(text.slice(k - 4, k))) sentence = k;
		}
	}
	return sentence || outside || space || limit;
}

/** The lines to read: the article's own, with any longer than PIECE cut at spaces into pieces that
 *  keep its paragraph number. */
export function readingPieces(text: string, lines: Line[]): Line[] {
	// Most articles hold no such paragraph: their lines are read as they are, not copied.
	if (!lines.some((l) => l.end - l.start > PIECE)) return lines;
	const out: Line[] = [];
	for (const l of lines)
		for (let s = l.start, e = l.end; s < l.end; s = skipSpaces(text, e, l.end)) {
			e = l.end - s > PIECE ? cutAfter(text, s, s + PIECE) : l.end;
			out.push(
				e === l.end && s === l.start ? l : { ...l, start: s, end: e, text: text.slice(s, e) }
			);
		}
	return out;
}
