/** Turns bank items into the small, ready-to-render views explainer pages and graphics ship to the browser. */
import type { Bank, Quote } from '$lib/extract/types';
import type { CiteView, FigureView, QuoteView, SourcePlace } from '$lib/explainer/evidence';
import { clean } from '$lib/extract/clean';
import { provenance } from './provenance';
import { articles } from './seeds';

function article(bank: Bank, seed: string) {
	const found = bank.articles.find((a) => a.seed === seed);
	if (!found) throw new Error(`The bank has no article for seed ${seed}`);
	return found;
}

/** Relay names, nearest first, with an editorial relay the extractor missed added last. */
function names(bank: Bank, ids: string[], itemId: string): string[] {
	const found = ids.map((id) => bank.entities[id]?.name ?? id);
	const extra = provenance(bank).relays[itemId];
	return extra && !found.includes(extra) ? [...found, extra] : found;
}

/** The dates the figure's own sentence gives ("March 19 – May 18"), in the source's words. */
function datesOf(bank: Bank, id: string): string | null {
	const f = bank.figures[id]!;
	const dates = Object.values(bank.figures)
		.filter((d) => d.seed === f.seed && d.kind === 'date')
		.filter((d) => d.start >= f.sentence.start && d.end <= f.sentence.end)
		.sort((a, b) => a.start - b.start)
		.map((d) => d.text);
	return dates.length ? dates.join(' – ') : null;
}

function place(bank: Bank, seed: string, paragraph: number, anchor: string): SourcePlace {
	const a = article(bank, seed);
	return {
		slug: a.slug,
		outlet: a.outlet,
		published: a.published,
		paragraph,
		href: `/sources/${a.slug}#${anchor}`
	};
}

export function quoteView(bank: Bank, quote: Quote): QuoteView {
	const speaker = quote.speakerId ? bank.entities[quote.speakerId] : undefined;
	return {
		...place(bank, quote.seed, quote.paragraph, quote.id),
		id: quote.id,
		text: quote.text,
		speaker: quote.speaker,
		role: speaker?.role ?? null,
		side: speaker?.side ?? 'other',
		via: names(bank, quote.via, quote.id),
		translated: provenance(bank).translations[quote.id] ?? null
	};
}

export function figureView(bank: Bank, id: string): FigureView {
	const f = bank.figures[id]!;
	const claimant = f.claimantId ? bank.entities[f.claimantId] : undefined;
	return {
		...place(bank, f.seed, f.paragraph, f.id),
		id: f.id,
		text: f.text,
		value: f.value,
		unit: f.unit,
		counts: f.counts,
		claimant: claimant ? shortName(claimant.name, claimant.aliases) : f.claimant,
		via: names(bank, f.via, f.id),
		when: datesOf(bank, id)
	};
}

/** "CNCERT" rather than its 12-word name when the articles give an acronym for it. */
function shortName(name: string, aliases: string[]): string {
	const acronym = aliases.find((a) => /^[A-Z]{3,}$/.test(a));
	return name.split(' ').length > 6 && acronym ? acronym : name;
}

/** Every non-empty line of a seed, numbered as the bank numbers paragraphs, furniture included. */
export function linesOf(seed: string) {
	const source = articles.find((a) => a.seed === seed);
	if (!source) throw new Error(`No seed file ${seed}`);
	return { text: source.text, ...clean(source.text) };
}

/** The seed a `<Cite seed>` names: its slug, its file name, or any prefix of the slug that only it has. */
export function resolveSeed(bank: Bank, name: string): string | null {
	const matches = bank.articles.filter(
		(a) => a.seed === name || a.slug === name || a.slug.startsWith(name)
	);
	return matches.length === 1 ? matches[0]!.seed : null;
}

export function citeView(bank: Bank, seed: string, paragraph: number): CiteView {
	const a = article(bank, seed);
	return { ...place(bank, seed, paragraph, `p${paragraph}`), title: a.title };
}
