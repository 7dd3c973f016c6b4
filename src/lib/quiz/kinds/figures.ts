/** Question kinds about a figure: which number, an estimate on a log slider, and whose number it is. */
import type { Bank, Entity, Figure } from '$lib/extract/types';
import { actorsOf } from '../actors';
import {
	formatNumber,
	normalise,
	numberStyle,
	originalNumber,
	roundToStyle,
	type NumberStyle
} from '../format';
import { claimUnclear, gapGivesAway, trivialFigure } from '../integrity';
import { mask, namedIn } from '../mask';
import type { Choice } from '../types';
import {
	acceptable,
	base,
	choiceOf,
	displayName,
	distractors,
	sentenceOf,
	voices,
	whoOf,
	type Context,
	type Generator
} from './common';

const BLANK = '_____';

/** "…said 1.18 million computers…" with the number blanked, or the figure's own words when we lack the text. */
function context(ctx: Context, figure: Figure, blankStart: number, blankEnd: number): string {
	const sentence = sentenceOf(ctx, figure);
	if (!sentence) {
		return figure.text.slice(0, blankStart) + BLANK + figure.text.slice(blankEnd);
	}
	const from = figure.start - sentence.start + blankStart;
	const to = figure.start - sentence.start + blankEnd;
	return sentence.text.slice(0, from) + BLANK + sentence.text.slice(to);
}

function claimed(ctx: Context, figure: Figure): string {
	const claimant = figure.claimantId ? ctx.bank.entities[figure.claimantId] : undefined;
	const outlet = ctx.bank.articles.find((a) => a.seed === figure.seed)?.outlet ?? 'the article';
	return claimant
		? `Claimed by ${displayName(claimant)}, as reported by ${outlet}.`
		: `Stated by ${outlet} in its own words.`;
}

/** Look-alike values: near the real one for small counts and years, a few times off for large ones. */
function lookAlikes(figure: Figure, value: number): number[] {
	if (figure.kind === 'year') return [-4, -3, -2, -1, 1, 2, 3, 4].map((d) => value + d);
	if (value <= 12 && Number.isInteger(value)) {
		return [-3, -2, -1, 1, 2, 3, 5, 7].map((d) => value + d).filter((v) => v > 0);
	}
	const factors = [0.1, 0.25, 0.4, 0.5, 2, 2.5, 3, 4, 10];
	const out = factors.map((f) => value * f);
	if (figure.text.includes('%')) return out.filter((v) => v <= 100);
	return figure.unit === 'share' ? out.filter((v) => v < 1) : out;
}

/** The gapped sentence, or null when what is left still gives the number away. */
function gapText(ctx: Context, figure: Figure, style: NumberStyle): string | null {
	const text = context(ctx, figure, style.start, style.end);
	return gapGivesAway(text, figure) ? null : text;
}

export const whichNumber: Generator = (ctx, itemId) => {
	const figure = ctx.bank.figures[itemId];
	if (!figure || trivialFigure(ctx.bank, figure) || claimUnclear(ctx.texts, figure)) return null;
	const style = numberStyle(figure);
	if (!style) return null;
	const text = gapText(ctx, figure, style);
	if (text === null) return null;
	const answer = normalise(figure.value);
	const answerLabel = originalNumber(figure, style);
	const seen = new Set([answerLabel]);
	const options: Choice[] = [];
	for (const raw of lookAlikes(figure, answer)) {
		const value = roundToStyle(raw, style);
		const label = formatNumber(value, style);
		if (value <= 0 || seen.has(label)) continue;
		seen.add(label);
		options.push({ value: String(value), label });
	}
	if (options.length < 3) return null;
	const picked = ctx.rng.shuffle(options).slice(0, 3);
	const choices = [...picked, { value: String(answer), label: answerLabel }].sort(
		(a, b) => Number(a.value) - Number(b.value)
	);
	return {
		...base(ctx.bank, figure, 'figure'),
		prompt: 'Which number fills the gap?',
		note: claimed(ctx, figure),
		text,
		textIsQuote: false,
		choices,
		answer: String(answer),
		accept: [String(answer)],
		answerLabel,
		who: whoOf(figure.claimantId ? ctx.bank.entities[figure.claimantId] : undefined)
	};
};

/** Only counts and money of ten or more: estimating "five" or a year on a log scale teaches nothing. */
export const estimate: Generator = (ctx, itemId) => {
	const figure = ctx.bank.figures[itemId];
	if (!figure || (figure.kind !== 'count' && figure.kind !== 'money') || figure.value < 10) {
		return null;
	}
	if (trivialFigure(ctx.bank, figure) || claimUnclear(ctx.texts, figure)) return null;
	const style = numberStyle(figure);
	if (!style) return null;
	const text = gapText(ctx, figure, style);
	if (text === null) return null;
	const magnitude = Math.log10(figure.value);
	// A random margin on each side, so the answer is not always in the middle of the slider.
	const min = 10 ** Math.max(0, Math.floor(magnitude) - 1 - ctx.rng.int(2));
	const max = 10 ** (Math.ceil(magnitude + 0.01) + 1 + ctx.rng.int(2));
	return {
		...base(ctx.bank, figure, 'estimate'),
		prompt: 'Estimate the number that fills the gap.',
		note: claimed(ctx, figure),
		text,
		textIsQuote: false,
		choices: [],
		range: { min, max, unit: figure.unit },
		answer: String(normalise(figure.value)),
		answerLabel: originalNumber(figure, style),
		who: whoOf(figure.claimantId ? ctx.bank.entities[figure.claimantId] : undefined)
	};
};

export const OUTLET_ITSELF = '@outlet';

/** Voices the sentence does not name, each a different actor: wrong answers nobody could defend. */
function unnamedVoices(ctx: Context, figure: Figure, n: number): Entity[] | null {
	const sentence = sentenceOf(ctx, figure)?.text ?? figure.text;
	const actors = actorsOf(ctx.bank);
	const picked: Entity[] = [];
	const pool = voices(ctx.bank).filter((e) => e.side !== 'outlet' && !namedIn(sentence, e));
	for (const e of ctx.rng.shuffle(pool)) {
		if (picked.length === n) break;
		if (!picked.some((p) => p.id === e.id || actors.related(p.id, e.id))) picked.push(e);
	}
	return picked.length === n ? picked : null;
}

/** Who claims each number, by kind and value: actors, OUTLET_ITSELF for the outlet, or UNCLEAR. */
const claimsCache = new WeakMap<Bank, { texts: Context['texts']; who: Map<string, Set<string>> }>();

/** A claimant that a sentence cites but the extractor did not find ("the companies announced"). */
const UNCLEAR = '\u0000unclear';

function claimsByValue(bank: Bank, texts: Context['texts']): Map<string, Set<string>> {
	const hit = claimsCache.get(bank);
	if (hit && hit.texts === texts) return hit.who;
	const actors = actorsOf(bank);
	const out = new Map<string, Set<string>>();
	for (const g of Object.values(bank.figures)) {
		const key = `${g.kind} ${g.value}`;
		let who = out.get(key);
		if (!who) out.set(key, (who = new Set()));
		if (g.claimantId) who.add(actors.actor(g.claimantId));
		else who.add(claimUnclear(texts, g) ? UNCLEAR : OUTLET_ITSELF);
	}
	claimsCache.set(bank, { texts, who: out });
	return out;
}

/** Another party (or the outlet, or someone cited but not found) claims the same number ("4 percent"
 *  and "Four percent"; a headline's "€4.2bn" that "the companies announced"): asking whose number it
 *  is would have two right answers. */
const claimedByAnother = (ctx: Context, figure: Figure): boolean =>
	(claimsByValue(ctx.bank, ctx.texts).get(`${figure.kind} ${figure.value}`)?.size ?? 0) > 1;

export const whoseNumber: Generator = (ctx, itemId) => {
	const figure = ctx.bank.figures[itemId];
	// "Whose number is 'March 19'?" or "'Two years'?" makes no sense: no one claims them.
	if (!figure || trivialFigure(ctx.bank, figure) || claimUnclear(ctx.texts, figure)) return null;
	const claimant = figure.claimantId ? ctx.bank.entities[figure.claimantId] : undefined;
	if (figure.claimantId && !claimant) return null;
	if (claimedByAnother(ctx, figure)) return null;
	const outlet = ctx.bank.articles.find((a) => a.seed === figure.seed)?.outlet ?? 'the article';
	const outletChoice: Choice = {
		value: OUTLET_ITSELF,
		label: `The outlet itself (${outlet})`,
		detail: 'stated in its own words, no one cited'
	};
	const pool = voices(ctx.bank).filter((e) => e.side !== 'outlet');
	const others = claimant
		? distractors(ctx, claimant, pool, 2, { item: figure })
		: unnamedVoices(ctx, figure, 3);
	if (!others) return null;
	const entities = claimant ? [claimant, ...others] : others;
	const choices = [...ctx.rng.shuffle(entities.map(choiceOf)), outletChoice];
	const sentence = sentenceOf(ctx, figure);
	const text = sentence
		? mask(sentence.text, claimant ? [claimant] : []).text
		: `${figure.text} (${figure.counts})`;
	return {
		...base(ctx.bank, figure, 'whose-number'),
		prompt: `Whose number is “${figure.text}”? Who makes this claim in the article?`,
		text,
		textIsQuote: false,
		choices,
		answer: claimant?.id ?? OUTLET_ITSELF,
		accept: claimant ? acceptable(ctx, claimant) : [OUTLET_ITSELF],
		answerLabel: claimant ? displayName(claimant) : outletChoice.label,
		who: whoOf(claimant)
	};
};
