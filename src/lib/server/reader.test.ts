import { describe, expect, it } from 'vitest';
import { getBank } from './bank';
import { compareSources, readerArticle } from './reader';
import { segmentIds, segmentText } from './segments';
import { linesOf } from './evidence';
import gold from '../../../tests/seeds.gold.json';

const bank = getBank();

describe('readerArticle', () => {
	it("credits an outlet's own summary of a position to the outlet, as the answer key does", () => {
		const outletIds = new Set(
			Object.entries(gold.entities)
				.filter(([, e]) => e.side === 'outlet')
				.map(([id]) => id)
		);
		const summaries = gold.quotes.filter(
			(q) => outletIds.has(q.speaker) && q.kind === 'paraphrase'
		);
		expect(summaries.length).toBeGreaterThan(0);
		for (const key of summaries) {
			const article = bank.articles.find((a) => a.seed === key.seed)!;
			const shown = readerArticle(bank, article.slug)!.quotes.find((q) =>
				q.text.includes(key.text)
			);
			expect(shown?.summaryBy, key.text).toBe(article.outlet);
		}
		// Quotes the key gives to a person or body are never labelled as an outlet's summary.
		for (const article of bank.articles) {
			for (const q of readerArticle(bank, article.slug)!.quotes) {
				const key = gold.quotes.find((g) => g.seed === article.seed && q.text.includes(g.text));
				if (key && !outletIds.has(key.speaker)) expect(q.summaryBy, q.text).toBeNull();
			}
		}
	});

	for (const article of bank.articles) {
		it(`${article.outlet}: keeps every line verbatim and gives every quote and figure an anchor`, () => {
			const reader = readerArticle(bank, article.slug)!;
			const { text, lines } = linesOf(article.seed);
			expect(reader.paragraphs.map((p) => p.n)).toEqual(lines.map((l) => l.paragraph));
			reader.paragraphs.forEach((p, i) => {
				expect(segmentText(p.segments)).toBe(text.slice(lines[i]!.start, lines[i]!.end));
			});
			const ids = new Set(reader.paragraphs.flatMap((p) => segmentIds(p.segments)));
			for (const id of [...article.quoteIds, ...article.figureIds]) expect(ids).toContain(id);
			// Quotes sit in the paragraph the bank numbers them in.
			for (const q of reader.quotes) {
				const p = reader.paragraphs.find((x) => x.n === q.paragraph)!;
				expect(segmentIds(p.segments)).toContain(q.id);
			}
			expect(reader.paragraphs.filter((p) => p.furniture).length).toBe(article.furniture.length);
		});
	}

	it('flags the quotes RT and Reuters share, with links to each other', () => {
		const reuters = readerArticle(bank, '002_f2ce5798af53c9ec')!;
		const shared = reuters.quotes.filter((q) => q.alsoIn.length > 0);
		expect(shared.length).toBeGreaterThan(0);
		for (const q of shared) expect(q.alsoIn[0]!.href).toMatch(/^\/sources\/004_[0-9a-f]+#q-/);
	});

	it('is null for an unknown article', () => {
		expect(readerArticle(bank, 'nope')).toBeNull();
	});
});

describe('compareSources', () => {
	it('counts each article and what it shares with the others, both ways', () => {
		const rows = compareSources(bank);
		expect(rows).toHaveLength(bank.articles.length);
		for (const row of rows) {
			for (const share of row.shared) {
				const back = rows
					.find((r) => r.slug === share.slug)!
					.shared.find((s) => s.slug === row.slug);
				expect(back).toMatchObject({ quotes: share.quotes, figures: share.figures });
			}
		}
	});
});
