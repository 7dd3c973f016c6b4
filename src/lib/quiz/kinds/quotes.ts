/** Question kinds about a quotation: who said it, which side it speaks for, and "said it or not". */
import { mask, wordsLeft } from '../mask';
import { SIDE_GROUPS, SIDE_LABELS, sideGroup } from '../sides';
import type { Choice } from '../types';
import {
	base,
	choiceOf,
	roleOf,
	distractors,
	usableQuote,
	voices,
	whoOf,
	type Context,
	type Generator
} from './common';

/** The quote and its speaker, with the speaker's names masked; null when masking would gut the quote. */
function maskedQuote(ctx: Context, itemId: string) {
	const quote = ctx.bank.quotes[itemId];
	if (!usableQuote(quote) || !quote.speakerId) return null;
	const speaker = ctx.bank.entities[quote.speakerId];
	if (!speaker) return null;
	const masked = mask(quote.text, [speaker]);
	if (masked.count > 2 || wordsLeft(masked.text) < 4) return null;
	return { quote, speaker, text: masked.text };
}

export const whoSaid: Generator = (ctx, itemId) => {
	const found = maskedQuote(ctx, itemId);
	if (!found) return null;
	const { quote, speaker, text } = found;
	const others = distractors(speaker, voices(ctx.bank), 3, ctx.rng);
	if (!others) return null;
	return {
		...base(ctx.bank, quote, 'who-said'),
		prompt: 'Who said this, according to the article?',
		text,
		textIsQuote: true,
		choices: ctx.rng.shuffle([speaker, ...others]).map(choiceOf),
		answer: speaker.id,
		answerLabel: speaker.name,
		who: whoOf(speaker)
	};
};

export const whichSide: Generator = (ctx, itemId) => {
	const found = maskedQuote(ctx, itemId);
	if (!found) return null;
	const { quote, speaker, text } = found;
	const group = sideGroup(speaker.side);
	if (!group) return null;
	const others = ctx.rng.shuffle(SIDE_GROUPS.filter((g) => g !== group)).slice(0, 3);
	const choices: Choice[] = SIDE_GROUPS.filter((g) => g === group || others.includes(g)).map(
		(g) => ({ value: g, label: SIDE_LABELS[g] })
	);
	return {
		...base(ctx.bank, quote, 'which-side'),
		prompt: 'Whose side do these words speak for?',
		text,
		textIsQuote: true,
		choices,
		answer: group,
		answerLabel: SIDE_LABELS[group],
		who: whoOf(speaker)
	};
};

/** Answers are `<shown speaker id>=yes|no`, so the score never depends on regenerating the pairing. */
export const saidOrNot: Generator = (ctx, itemId) => {
	const found = maskedQuote(ctx, itemId);
	if (!found) return null;
	const { quote, speaker, text } = found;
	const impostors = distractors(speaker, voices(ctx.bank), 1, ctx.rng);
	if (!impostors) return null;
	const truthful = ctx.rng.next() < 0.5;
	const shown = truthful ? speaker : impostors[0]!;
	const role = roleOf(shown) ? ` (${roleOf(shown)})` : '';
	return {
		...base(ctx.bank, quote, 'said-or-not'),
		prompt: `According to the articles, did ${shown.name}${role} say this?`,
		text,
		textIsQuote: true,
		choices: [
			{ value: `${shown.id}=yes`, label: `Yes, ${shown.name} said it` },
			{ value: `${shown.id}=no`, label: `No, someone else said it` }
		],
		answer: `${shown.id}=${truthful ? 'yes' : 'no'}`,
		answerLabel: truthful
			? `Yes: ${speaker.name} said it`
			: `No: ${speaker.name} said it, not ${shown.name}`,
		speakerId: speaker.id,
		who: whoOf(speaker)
	};
};
