/** Question kinds about how words travelled: who relayed them, and which outlets reported them. */
import type { Entity } from '$lib/extract/types';
import { formatPartialDate } from '$lib/dates';
import { isOutletSummary } from '../integrity';
import { mask, namedIn, wordsLeft } from '../mask';
import {
	acceptable,
	base,
	choiceOf,
	displayName,
	distractors,
	usableQuote,
	whoOf,
	type Generator
} from './common';

/** Relays and news organisations: the plausible answers to "who passed it on?". */
function relays(entities: Record<string, Entity>, quotes: Iterable<{ via: string[] }>): Entity[] {
	const ids = new Set<string>();
	for (const q of quotes) for (const id of q.via) ids.add(id);
	for (const e of Object.values(entities)) if (e.type === 'media') ids.add(e.id);
	return [...ids]
		.sort()
		.map((id) => entities[id])
		.filter((e): e is Entity => e !== undefined);
}

export const whoRelayed: Generator = (ctx, itemId) => {
	const quote = ctx.bank.quotes[itemId];
	if (!usableQuote(quote) || quote.via.length === 0) return null;
	const relay = ctx.bank.entities[quote.via[0]!];
	if (!relay) return null;
	const speaker = quote.speakerId ? ctx.bank.entities[quote.speakerId] : undefined;
	const outlet = ctx.bank.articles.find((a) => a.seed === quote.seed)?.outlet ?? 'the article';
	// Words sent to the outlet itself ("in an email to CRN") were not relayed by anyone else.
	if (namedIn(outlet, relay)) return null;
	const masked = mask(quote.text, [relay]);
	if (wordsLeft(masked.text) < 4) return null;
	const pool = relays(ctx.bank.entities, Object.values(ctx.bank.quotes));
	const others = distractors(ctx, relay, pool, 3, {
		exclude: speaker ? [speaker] : [],
		item: quote
	});
	if (!others) return null;
	const from = speaker ? `${speaker.name}'s words reached` : 'These words reached';
	return {
		...base(ctx.bank, quote, 'who-relayed'),
		prompt: `${from} ${outlet} second-hand. Who passed them on?`,
		text: masked.text,
		textIsQuote: true,
		choices: ctx.rng.shuffle([relay, ...others]).map(choiceOf),
		answer: relay.id,
		accept: acceptable(ctx, relay),
		answerLabel: displayName(relay),
		who: whoOf(speaker)
	};
};

/** Several may be right: words two outlets both reported teach what corroboration looks like. */
export const whichOutlet: Generator = (ctx, itemId) => {
	const quote = ctx.bank.quotes[itemId];
	if (!usableQuote(quote) || ctx.bank.articles.length < 2) return null;
	const link = ctx.bank.links.find((l) => l.type === 'quote' && l.items.includes(quote.id));
	const reported = new Set([quote.seed, ...(link?.seeds ?? [])]);
	const articles = ctx.bank.articles.filter((a) => reported.has(a.seed));
	const speaker = quote.speakerId ? ctx.bank.entities[quote.speakerId] : undefined;
	const answer = articles
		.map((a) => a.slug)
		.sort()
		.join(',');
	const summary = isOutletSummary(ctx.texts, quote);
	return {
		...base(ctx.bank, quote, 'which-outlet'),
		...(summary ? { summaryBy: articles.find((a) => a.seed === quote.seed)?.outlet } : {}),
		prompt: 'Which articles reported these words? Tick every one that did.',
		text: quote.text,
		textIsQuote: true,
		multiple: true,
		choices: ctx.bank.articles.map((a) => ({
			value: a.slug,
			label: a.outlet,
			detail: `${a.title} (${formatPartialDate(a.published)})`
		})),
		answer,
		accept: [answer],
		answerLabel: articles.map((a) => a.outlet).join(' and '),
		who: whoOf(speaker)
	};
};
