/** Data for the source reader and the sources comparison: paragraphs with marked items, and what the outlets share. */
import type { Bank } from '$lib/extract/types';
import { claimLine } from '$lib/explainer/evidence';
import { figureView, linesOf, quoteView } from './evidence';
import type { AlsoIn, ReaderFigure, ReaderParagraph, ReaderQuote } from '$lib/sources/types';
import { segmentParagraph } from './segments';
import { isOutletSummary } from '$lib/quiz/integrity';

export type { AlsoIn, ReaderFigure, ReaderParagraph, ReaderQuote };

function alsoIn(bank: Bank, id: string): AlsoIn[] {
	const link = bank.links.find((l) => l.items.includes(id));
	if (!link) return [];
	const self = bank.quotes[id] ?? bank.figures[id];
	return link.items
		.filter((other) => other !== id)
		.map((other) => {
			const item = bank.quotes[other] ?? bank.figures[other];
			const article = bank.articles.find((a) => a.seed === item?.seed);
			if (!item || !article || item.seed === self?.seed) return null;
			const diff = link.differences.find(
				(d) => (d.item === other && d.against === id) || (d.item === id && d.against === other)
			);
			return {
				outlet: article.outlet,
				href: `/sources/${article.slug}#${other}`,
				changes: diff?.changes ?? []
			};
		})
		.filter((x): x is AlsoIn => x !== null);
}

export function readerArticle(bank: Bank, slug: string) {
	const article = bank.articles.find((a) => a.slug === slug);
	if (!article) return null;
	const { text, lines, furniture } = linesOf(article.seed);
	const quotes = article.quoteIds.map((id) => bank.quotes[id]!);
	const figures = article.figureIds.map((id) => bank.figures[id]!);
	const paragraphs: ReaderParagraph[] = lines.map((line) => {
		const aside = furniture.find((f) => f.start < line.end && f.end > line.start);
		return {
			n: line.paragraph,
			furniture: aside ? aside.reason : null,
			segments: aside
				? [{ kind: 'text', text: text.slice(line.start, line.end) }]
				: segmentParagraph(text, line, quotes, figures)
		};
	});
	return {
		paragraphs,
		quotes: quotes.map((q): ReaderQuote => ({
			...quoteView(bank, q),
			alsoIn: alsoIn(bank, q.id),
			// The same test the quiz uses, so the reader never credits an outlet's summary as words said.
			summaryBy: isOutletSummary({ [article.seed]: text }, q) ? article.outlet : null
		})),
		figures: figures.map((f): ReaderFigure => {
			const view = figureView(bank, f.id);
			return { ...view, claim: claimLine(view), alsoIn: alsoIn(bank, f.id) };
		})
	};
}

/** One row per article for `/sources`: counts, and how many items each shares with each other outlet. */
export function compareSources(bank: Bank) {
	return bank.articles.map((article) => {
		const shared = bank.articles
			.filter((other) => other.seed !== article.seed)
			.map((other) => {
				const links = bank.links.filter(
					(l) => l.seeds.includes(article.seed) && l.seeds.includes(other.seed)
				);
				return {
					slug: other.slug,
					outlet: other.outlet,
					quotes: links.filter((l) => l.type === 'quote').length,
					figures: links.filter((l) => l.type === 'figure').length
				};
			})
			.filter((s) => s.quotes + s.figures > 0);
		const speakers = new Set(
			article.quoteIds.map((id) => bank.quotes[id]!.speakerId).filter((s) => s !== null)
		);
		return {
			slug: article.slug,
			outlet: article.outlet,
			title: article.title,
			published: article.published,
			quotes: article.quoteIds.length,
			figures: article.figureIds.length,
			speakers: speakers.size,
			furniture: article.furniture.length,
			shared
		};
	});
}

/** People and organisations that more than one article quotes or mentions, with the outlets that do. */
export function sharedVoices(bank: Bank) {
	const outlet = new Map(bank.articles.map((a) => [a.seed, a.outlet]));
	return Object.values(bank.entities)
		.filter((e) => e.seeds.length > 1)
		.map((e) => ({ name: e.name, outlets: e.seeds.map((s) => outlet.get(s) ?? s) }))
		.sort((a, b) => b.outlets.length - a.outlets.length || a.name.localeCompare(b.name));
}
