import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from './clean';
import { extractArticle } from './extract';
import { PIECE, readingPieces } from './pieces';

/** The article's paragraphs cut into the pieces the reader reads. */
const piecesOf = (text: string) => readingPieces(text, clean(text).paragraphs);

/** Offsets at which a piece ends inside a paragraph (the next piece of it starts after). */
function cuts(text: string): number[] {
	const ps = piecesOf(text);
	return ps.slice(0, -1).flatMap((p, k) => (ps[k + 1]!.paragraph === p.paragraph ? [p.end] : []));
}

describe('reading pieces', () => {
	it('reads the lines of an ordinary article as they are', () => {
		const text = 'Title\n\n“We will,” said Ann Lee.\n\n' + 'A long paragraph. '.repeat(900);
		const lines = clean(text).paragraphs;
		expect(readingPieces(text, lines)).toEqual(lines);
		expect(readingPieces(text, lines).every((l, k) => l === lines[k])).toBe(true);
	});

	it('covers a long paragraph with pieces no longer than PIECE, cut only at spaces', () => {
		const fragment = fc.constantFrom(
			'a',
			'Bc ',
			' ',
			'. ',
			'"',
			'“',
			'”',
			'! ',
			"'",
			'word'.repeat(9)
		);
		fc.assert(
			fc.property(fc.array(fragment, { minLength: 3000, maxLength: 12_000 }), (parts) => {
				const text = 'x' + parts.join('') + 'x';
				const [line] = clean(text).paragraphs;
				const pieces = readingPieces(text, [line!]);
				let at = line!.start;
				for (const p of pieces) {
					expect(p.paragraph).toBe(line!.paragraph);
					expect(p.end - p.start).toBeLessThanOrEqual(PIECE);
					expect(p.text).toBe(text.slice(p.start, p.end));
					// Between the pieces, only white space is left out.
					expect(text.slice(at, p.start).trim()).toBe('');
					expect(p.start).toBeGreaterThanOrEqual(at);
					at = p.end;
				}
				expect(at).toBe(line!.end);
			}),
			{ numRuns: 25 }
		);
	});

	it('cuts after a sentence that closes its quotation marks, not inside a quotation', () => {
		const text = 'Ann Lee said: “We will. We must. We can.” Then she left. '.repeat(1200).trim();
		const at = cuts(text);
		expect(at.length).toBeGreaterThan(2);
		for (const c of at) {
			expect(text.slice(0, c).split('“').length).toBe(text.slice(0, c).split('”').length);
			expect(text.slice(c - 5, c)).toBe('left.');
		}
	});

	it('keeps every quotation of a megabyte paragraph whole, with its speaker', () => {
		const unit = 'Ann Lee said: "We will. We must, and we can." Then she left. ';
		const n = Math.ceil(1_000_000 / unit.length);
		const x = extractArticle(unit.repeat(n), 'long.txt');
		expect(cuts(unit.repeat(n)).length).toBeGreaterThan(50);
		expect(x.quotes).toHaveLength(n);
		const wrong = x.quotes.filter(
			(q) => q.text !== 'We will. We must, and we can.' || q.speaker !== 'Ann Lee'
		);
		expect(wrong).toEqual([]);
	});

	it('cuts one-word quotations with no sentence end between them, not through them', () => {
		const n = 100_000;
		const x = extractArticle('"a" '.repeat(n), 'dense.txt');
		expect(x.quotes).toHaveLength(n);
		expect(x.quotes.filter((q) => q.text !== 'a')).toEqual([]);
		expect(x.quotes.every((q) => q.paragraph === 1)).toBe(true);
	});
});
