import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, it } from 'vitest';
import { segmentIds, segmentParagraph, segmentText } from './segments';

const text = 'Xinhua said 2,077 servers "controlled 1.18 million computers" in China, it said.';
const span = { start: 0, end: text.length };
const at = (words: string, id: string) => {
	const start = text.indexOf(words);
	return { id, start, end: start + words.length };
};

describe('segmentParagraph', () => {
	it('nests a figure inside its quote and keeps the rest as text', () => {
		const segments = segmentParagraph(
			text,
			span,
			[at('controlled 1.18 million computers', 'q-1')],
			[at('2,077', 'f-1'), at('1.18 million', 'f-2')]
		);
		expect(segments.map((s) => s.kind)).toEqual(['text', 'figure', 'text', 'quote', 'text']);
		const quote = segments[3]!;
		expect(quote.kind === 'quote' && quote.children.map((c) => c.kind)).toEqual([
			'text',
			'figure',
			'text'
		]);
		expect(segmentText(segments)).toBe(text);
	});

	it('gives a figure straddling a quote edge an anchor, so its link target exists', () => {
		const segments = segmentParagraph(
			text,
			span,
			[at('controlled 1.18 million', 'q-1')],
			[at('million computers', 'f-1')]
		);
		expect(segmentIds(segments).sort()).toEqual(['f-1', 'q-1']);
		expect(segmentText(segments)).toBe(text);
	});

	it('never loses or doubles text and places every item, whatever the spans', () => {
		const spanArb = fc
			.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
			.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
		fc.assert(
			fc.property(
				fc.array(spanArb, { maxLength: 4 }),
				fc.array(spanArb, { maxLength: 4 }),
				(qs, fs) => {
					const quotes = qs.map((s, i) => ({ ...s, id: `q-${i}` }));
					const figures = fs.map((s, i) => ({ ...s, id: `f-${i}` }));
					const segments = segmentParagraph(text, span, quotes, figures);
					expect(segmentText(segments)).toBe(text);
					expect(segmentIds(segments).sort()).toEqual(
						[...quotes, ...figures].map((x) => x.id).sort()
					);
				}
			),
			runs(100)
		);
	});
});
