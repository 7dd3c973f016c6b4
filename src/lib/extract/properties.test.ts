/** Property tests: any input is handled, spans are exact, ids do not depend on the other articles. */
import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { buildBank } from './bank';

const pieces = [
	'"',
	"'",
	'“',
	'”',
	'‘',
	'’',
	' said ',
	' told ',
	'He',
	'She',
	' the spokesman ',
	'U.S.',
	' Inc. ',
	'. ',
	', ',
	'\n',
	'\n\n',
	'China',
	"China's",
	' Lin Haoran ',
	' according to ',
	'$2.35 trillion',
	'4,093',
	' five ',
	' tens of thousands of ',
	'Unit 8200',
	'12:40',
	' (NCIRC) ',
	' a third of ',
	'icon ',
	'Listen to article',
	':'
];
const newsy = fc
	.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 })
	.map((xs) => xs.join(''));
const anyText = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	newsy
);

describe('extractor properties', () => {
	it('never throws and every span is exact and inside the text', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const x = extractArticle(text, 'p.txt');
				for (const s of [...x.quotes, ...x.figures]) {
					expect(s.start).toBeGreaterThanOrEqual(0);
					expect(s.end).toBeLessThanOrEqual(text.length);
					expect(s.start).toBeLessThanOrEqual(s.end);
					expect(text.slice(s.start, s.end)).toBe(s.text);
					expect(s.sentence.start).toBeLessThanOrEqual(s.start);
					expect(s.sentence.end).toBeGreaterThanOrEqual(s.end);
				}
				for (const f of x.furniture) expect(text.slice(f.start, f.end)).toBe(f.text);
			}),
			runs(400)
		);
	});
	it('gives quote and figure ids that do not depend on which other articles are present', () => {
		fc.assert(
			fc.property(newsy, newsy, newsy, (a, b, c) => {
				const alone = buildBank([{ seed: 'a.txt', text: a }]);
				const withOthers = buildBank([
					{ seed: 'c.txt', text: c },
					{ seed: 'a.txt', text: a },
					{ seed: 'b.txt', text: b }
				]);
				const ids = (bank: typeof alone, kind: 'quotes' | 'figures'): string[] =>
					Object.values(bank[kind])
						.filter((q) => q.seed === 'a.txt')
						.map((q) => `${q.id}@${q.start}`)
						.sort();
				expect(ids(withOthers, 'quotes')).toEqual(ids(alone, 'quotes'));
				expect(ids(withOthers, 'figures')).toEqual(ids(alone, 'figures'));
			}),
			runs(150)
		);
	});
	it('is deterministic', () => {
		fc.assert(
			fc.property(newsy, (t) => {
				expect(extractArticle(t, 'd.txt')).toEqual(extractArticle(t, 'd.txt'));
			}),
			runs(100)
		);
	});
});
