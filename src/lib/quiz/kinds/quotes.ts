/** Question kinds about a quotation: who said it, which side it speaks for, and "said it or not". */
import { mask, namedIn, wordsLeft } from '../mask';
import { actorsOf } from '../actors';
import { isOutletSummary } from '../integrity';
import { SIDE_GROUPS, SIDE_LABELS, SIDE_OVERLAPS, sideGroup, type SideGroup } from '../sides';
import type { Choice } from '../types';
import type { Entity } from '$lib/extract/types';
import {
	acceptable,
	base,
	choiceOf,
	displayName,
	roleOf,
	distractors,
	usableQuote,
	voices,
	whoOf,
	type Context,
	type Generator
} from './common';

/**
 * The quote and its speaker, with the speaker's names masked; null when masking would gut the quote,
 * or when the words are the outlet's summary of a position, which nobody said.
 */
function maskedQuote(ctx: Context, itemId: string) {
	const quote = ctx.bank.quotes[itemId];
	if (!usableQuote(quote) || !quote.speakerId) return null;
	if (isOutletSummary(ctx.texts, quote)) return null;
	const speaker = ctx.bank.entities[quote.speakerId];
	if (!speaker) return null;
	// Every name of the speaker's actor is hidden: "Beijing" would give away "the Chinese government".
	const sameActor = actorsOf(ctx.bank)
		.names(speaker.id)
		.map((id) => ctx.bank.entities[id])
		.filter((e): e is Entity => e !== undefined && e.id !== speaker.id);
	const masked = mask(quote.text, [speaker, ...sameActor]);
	if (masked.count > 2 || wordsLeft(masked.text) < 4) return null;
	return { quote, speaker, text: masked.text };
}

export const whoSaid: Generator = (ctx, itemId) => {
	const found = maskedQuote(ctx, itemId);
	if (!found) return null;
	const { quote, speaker, text } = found;
	const others = distractors(ctx, speaker, voices(ctx.bank), 3, { item: quote });
	if (!others) return null;
	return {
		...base(ctx.bank, quote, 'who-said'),
		prompt: 'Who said this, according to the article?',
		text,
		textIsQuote: true,
		choices: ctx.rng.shuffle([speaker, ...others]).map(choiceOf),
		answer: speaker.id,
		accept: acceptable(ctx, speaker),
		answerLabel: displayName(speaker),
		who: whoOf(speaker)
	};
};

/** The side the speaker speaks for: their own, else that of the nearest actor they speak for. */
function speaksForGroup(ctx: Context, speaker: Entity): SideGroup | null {
	const own = sideGroup(speaker.side);
	if (own) return own;
	for (const id of actorsOf(ctx.bank).ancestors(speaker.id)) {
		const parent = ctx.bank.entities[id];
		const group = parent ? sideGroup(parent.side) : null;
		if (group) return group;
	}
	return null;
}

/** The parties the bank's voices speak for (each actor once), from the text rather than content. */
function partiesOf(ctx: Context): Entity[] {
	const actors = actorsOf(ctx.bank);
	const seen = new Set<string>();
	const out: Entity[] = [];
	for (const v of voices(ctx.bank)) {
		const party = v.sideOf ? ctx.bank.entities[v.sideOf] : undefined;
		if (!party || seen.has(actors.actor(party.id))) continue;
		seen.add(actors.actor(party.id));
		out.push(party);
	}
	return out;
}

/**
 * "Which side" among the parties the article itself names (a pasted article about a city and a
 * union): used when no content label says which government or company the speaker's party is.
 */
function whichParty(ctx: Context, speaker: Entity, text: string) {
	if (!speaker.sideOf || !['government', 'company', 'other'].includes(speaker.side)) return null;
	const party = ctx.bank.entities[speaker.sideOf];
	// The words must not name the answer ("we at Acme").
	if (!party || namedIn(text, party)) return null;
	const actors = actorsOf(ctx.bank);
	const others = ctx.rng
		.shuffle(partiesOf(ctx).filter((p) => !actors.related(p.id, party.id)))
		.slice(0, 3);
	if (others.length === 0) return null;
	const choices = ctx.rng.shuffle([party, ...others]).map((p) => ({
		value: p.id,
		label: displayName(p)
	}));
	return { choices, answer: party.id, accept: acceptable(ctx, party), label: displayName(party) };
}

export const whichSide: Generator = (ctx, itemId) => {
	const found = maskedQuote(ctx, itemId);
	if (!found) return null;
	const { quote, speaker, text } = found;
	const byParty = whichParty(ctx, speaker, text);
	const common = {
		...base(ctx.bank, quote, 'which-side'),
		prompt: 'Whose side do these words speak for?',
		text,
		textIsQuote: true,
		who: whoOf(speaker)
	};
	if (byParty) {
		const { choices, answer, accept, label } = byParty;
		return { ...common, choices, answer, accept, answerLabel: label };
	}
	const group = speaksForGroup(ctx, speaker);
	if (!group) return null;
	// Only sides the articles' voices speak for (and the outlet's own words): a pasted article about a
	// stadium offers no government it never mentions.
	const present = new Set<SideGroup>(['outlet']);
	for (const v of voices(ctx.bank)) {
		const g = speaksForGroup(ctx, v);
		if (g) present.add(g);
	}
	const others = ctx.rng
		.shuffle(
			SIDE_GROUPS.filter((g) => g !== group && present.has(g) && !SIDE_OVERLAPS[group].includes(g))
		)
		.slice(0, 3);
	if (others.length === 0) return null;
	const choices: Choice[] = SIDE_GROUPS.filter((g) => g === group || others.includes(g)).map(
		(g) => ({ value: g, label: SIDE_LABELS[g] })
	);
	return {
		...common,
		choices,
		answer: group,
		accept: [group],
		answerLabel: SIDE_LABELS[group]
	};
};

/** Answers are `<shown speaker id>=yes|no`, so the score never depends on regenerating the pairing. */
export const saidOrNot: Generator = (ctx, itemId) => {
	const found = maskedQuote(ctx, itemId);
	if (!found) return null;
	const { quote, speaker, text } = found;
	const impostors = distractors(ctx, speaker, voices(ctx.bank), 1, { item: quote });
	if (!impostors) return null;
	const truthful = ctx.rng.next() < 0.5;
	const shown = truthful ? speaker : impostors[0]!;
	const role = roleOf(shown) ? ` (${roleOf(shown)})` : '';
	return {
		...base(ctx.bank, quote, 'said-or-not'),
		prompt: `According to the articles, did ${displayName(shown)}${role} say this?`,
		text,
		textIsQuote: true,
		choices: [
			{ value: `${shown.id}=yes`, label: `Yes, ${displayName(shown)} said it` },
			{ value: `${shown.id}=no`, label: `No, someone else said it` }
		],
		answer: `${shown.id}=${truthful ? 'yes' : 'no'}`,
		accept: [`${shown.id}=${truthful ? 'yes' : 'no'}`],
		answerLabel: truthful
			? `Yes: ${displayName(speaker)} said it`
			: `No: ${displayName(speaker)} said it, not ${displayName(shown)}`,
		speakerId: speaker.id,
		who: whoOf(speaker)
	};
};
