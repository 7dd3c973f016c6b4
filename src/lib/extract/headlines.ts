/** Headlines and datelines: a paragraph's shapes whose words attribute nothing. */
import { startsUpper } from './chars';

/** A title or standfirst line: no sentence punctuation at the end, short. */
export function isHeadline(line: string, index: number): boolean {
	const t = line.trim();
	// Sentence punctuation at the end, closing quote marks aside.
	if (/[.!?…:;,]["”’']*$/.test(t)) return false;
	// More than 25 words is no headline (a paragraph read is at most a piece long: splitting is cheap).
	const words = t.split(/\s+/);
	if (words.length > 25) return false;
	// Near the top, or in title case: a short body paragraph that lost its full stop is not one.
	return index < 2 || words.filter(startsUpper).length >= 0.6 * words.length;
}

/** A paragraph-opening dateline: capitals (a place, perhaps a date and "(Agency)") then a dash, or a
 *  place in title case with "(Agency)": "LAKESIDE, May 3 (AP) —", "Lakeside (AFP) –". */
const DATELINE =
	/^\s*(?:\p{Lu}{2}[\p{Lu}\p{M} .,'’-]{1,40}(?:,\s*[\p{L}\p{N}. ]{2,20})?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?=\s*\())(?:\s*\([^)]{1,30}\))?\s*(?:—|–|--|-)\s/u;

/** Offset just past a dateline at the start of a paragraph, or the paragraph start when none. */
export function datelineEnd(line: string, start: number): number {
	const m = DATELINE.exec(line);
	return m ? start + m[0].length : start;
}
