/** The audit's rules: each looks at one generated round and counts its violations against the answer key. */
import type { Bank } from '../../lib/extract/types';
import { OUTLET_ITSELF } from '../../lib/quiz/kinds/figures';
import { actorsOf } from '../../lib/quiz/actors';
import { gapGivesAway, shownTexts, showsQuote } from '../../lib/quiz/integrity';
import { numbersIn, valueKey } from '../../lib/quiz/numbers';
import { sideGroup, SIDE_OVERLAPS, type SideGroup } from '../../lib/quiz/sides';
import type { Question } from '../../lib/quiz/types';
import type { GoldItem, Oracle } from './gold';

export const RULES = {
	'second-answer': 'a wrong choice is an acceptable answer in the key (speaker or alt)',
	'related-choice':
		'a wrong choice speaks for, or is spoken for by, an acceptable answer (key relations)',
	misattributed: 'the answer is not the party the key names (nor one it speaks for)',
	'same-actor-choices': 'two choices denote one actor',
	'bank-related-choice': "a wrong choice is related to the answer in the bank's own relations",
	leak: "something shown by one question gives away another's answer",
	'gap-gives-away': 'a gap-fill keeps the words that determine its gap',
	'repeated-item': 'one quote or figure asked twice in a round',
	furniture: 'a question on a caption, dateline, byline or page furniture',
	'outlet-summary': "an outlet's summary asked as someone's words",
	trivial: 'a bare year or date, or a small count the outlet states itself',
	'text-bug': 'doubled placeholder or a source listed twice',
	'no-skill': "the question's feedback names no reading skill"
} as const;

export type Rule = keyof typeof RULES;
export type Counts = Record<Rule, number>;

export function emptyCounts(): Counts {
	return Object.fromEntries(Object.keys(RULES).map((r) => [r, 0])) as Counts;
}

interface Ctx {
	bank: Bank;
	texts: Record<string, string>;
	oracle: Oracle;
	count: (rule: Rule, q: Question, why: string) => void;
}

function goldItemOf(ctx: Ctx, q: Question): GoldItem | undefined {
	const quote = ctx.bank.quotes[q.source.item];
	if (quote) return ctx.oracle.itemFor('quote', quote.seed, quote);
	const figure = ctx.bank.figures[q.source.item];
	return figure ? ctx.oracle.itemFor('figure', figure.seed, figure) : undefined;
}

/** Gold ids the key accepts for the question, or null when the key has no entity answer for it. */
function acceptedGold(q: Question, g: GoldItem): Set<string> | null {
	if (q.kind === 'whose-number') return g.claimant ? new Set([g.claimant]) : new Set();
	if (q.kind === 'who-said' || q.kind === 'said-or-not')
		return g.speaker ? new Set([g.speaker, ...(g.alt ?? [])]) : null;
	return null;
}

/** The choices' entity ids (said-or-not shows one, in its value). */
function choiceEntities(q: Question): string[] {
	if (q.kind === 'said-or-not') return [q.choices[0]!.value.split('=')[0]!];
	return q.choices.map((c) => c.value).filter((v) => v !== OUTLET_ITSELF);
}

function checkEntityAnswers(ctx: Ctx, q: Question, g: GoldItem): void {
	const accepted = acceptedGold(q, g);
	if (!accepted) return;
	const { oracle, bank } = ctx;
	const family = oracle.family(accepted);
	const right = q.kind === 'said-or-not' ? q.answer.endsWith('=yes') : true;
	const answerId = q.kind === 'said-or-not' ? q.answer.split('=')[0]! : q.answer;
	for (const id of choiceEntities(q)) {
		const ids = oracle.goldIds(bank.entities[id]);
		const isAnswer = id === answerId && right;
		if (isAnswer) {
			const fine = [...ids].some(
				(x) => accepted.has(x) || [...accepted].some((a) => oracle.ancestors(a).has(x))
			);
			if (ids.size > 0 && !fine) ctx.count('misattributed', q, `${id} for ${[...accepted]}`);
		} else if ([...ids].some((x) => accepted.has(x))) {
			ctx.count('second-answer', q, `${id} is ${[...accepted]}`);
		} else if ([...ids].some((x) => family.has(x))) {
			ctx.count('related-choice', q, `${id} ~ ${[...accepted]}`);
		}
	}
	if (q.kind === 'whose-number' && q.answer === OUTLET_ITSELF && accepted.size > 0)
		ctx.count('misattributed', q, `outlet itself for ${[...accepted]}`);
	if (q.kind === 'whose-number' && q.answer !== OUTLET_ITSELF && accepted.size === 0)
		ctx.count('misattributed', q, `${q.answer} for a number the outlet states`);
}

function checkSide(ctx: Ctx, q: Question, g: GoldItem): void {
	if (q.kind !== 'which-side' || !g.speaker) return;
	const groups = new Set<SideGroup>();
	for (const id of [g.speaker, ...(g.alt ?? [])]) {
		const side = ctx.oracle.gold.entities[id]?.side;
		const group = side ? sideGroup(side) : null;
		if (group) groups.add(group);
	}
	if (groups.size === 0) return;
	if (!groups.has(q.answer as SideGroup))
		ctx.count('misattributed', q, `${q.answer} for ${[...groups]}`);
	for (const c of q.choices) {
		if (c.value === q.answer) continue;
		const g2 = c.value as SideGroup;
		if (groups.has(g2) || [...groups].some((x) => SIDE_OVERLAPS[x].includes(g2)))
			ctx.count('second-answer', q, `side ${g2}`);
	}
}

function checkChoices(ctx: Ctx, q: Question): void {
	const actors = actorsOf(ctx.bank);
	const ids = choiceEntities(q).filter((id) => ctx.bank.entities[id]);
	const roots = ids.map((id) => actors.actor(id));
	if (new Set(roots).size < roots.length) ctx.count('same-actor-choices', q, ids.join(','));
	if (q.kind === 'said-or-not') return;
	for (const id of ids) {
		if (id !== q.answer && ctx.bank.entities[q.answer] && actors.related(id, q.answer))
			ctx.count('bank-related-choice', q, `${id} ~ ${q.answer}`);
	}
}

function checkItem(ctx: Ctx, q: Question): void {
	const item = ctx.bank.quotes[q.source.item] ?? ctx.bank.figures[q.source.item];
	if (!item) return;
	if (ctx.oracle.isBoilerplate(item.seed, item)) ctx.count('furniture', q, item.text);
	const g = goldItemOf(ctx, q);
	const outletVoice =
		g?.speaker && /own summary/i.test(ctx.oracle.gold.entities[g.speaker]?.role ?? '');
	if (outletVoice && ['who-said', 'said-or-not', 'which-side'].includes(q.kind))
		ctx.count('outlet-summary', q, item.text);
	const figure = ctx.bank.figures[q.source.item];
	if (figure && (figure.kind === 'year' || figure.kind === 'date'))
		ctx.count('trivial', q, figure.text);
	if (
		figure &&
		(q.kind === 'figure' || q.kind === 'estimate') &&
		gapGivesAway(q.text ?? '', figure)
	)
		ctx.count('gap-gives-away', q, q.text ?? '');
	if (g) {
		checkEntityAnswers(ctx, q, g);
		checkSide(ctx, q, g);
	}
	if (!q.skill) ctx.count('no-skill', q, q.kind);
	const shown = shownTexts(ctx.bank, ctx.texts, q);
	if (shown.some((t) => /\[[^\]]+\]\s*\(\s*\[[^\]]+\]\s*\)/.test(t)))
		ctx.count('text-bug', q, 'doubled placeholder');
	const outlets = q.alsoIn.map((a) => a.seed);
	if (new Set(outlets).size < outlets.length || outlets.includes(item.seed))
		ctx.count('text-bug', q, 'source listed twice');
}

const valuesCache = new Map<string, Set<string>>();
/** Whether a text states the value in any spelling (memoised: the same passages recur in every round). */
function statesValue(text: string, value: number): boolean {
	let values = valuesCache.get(text);
	if (!values) {
		values = new Set(numbersIn(text).map(valueKey));
		if (valuesCache.size > 50000) valuesCache.clear();
		valuesCache.set(text, values);
	}
	return values.has(valueKey(value));
}

/** A secret is given away when another question shows its number (any spelling) or its words. */
function checkLeaks(ctx: Ctx, round: Question[]): void {
	const shownBy = new Map(round.map((q) => [q, shownTexts(ctx.bank, ctx.texts, q)]));
	for (const q of round) {
		const figure = ctx.bank.figures[q.source.item];
		const quote = ctx.bank.quotes[q.source.item];
		for (const other of round) {
			if (other === q) continue;
			const shown = shownBy.get(other)!;
			if (figure && shown.some((t) => statesValue(t, figure.value)))
				ctx.count('leak', q, `${figure.text} shown by ${other.id}`);
			else if (quote && shown.some((t) => showsQuote(t, quote.text)))
				ctx.count('leak', q, `quote shown by ${other.id}`);
		}
	}
	const seen = new Map<string, string>();
	for (const q of round) {
		const g = goldItemOf(ctx, q);
		const key = g ? `${g.seed}:${g.start}` : q.source.item;
		const linked = ctx.bank.links.find((l) => l.items.includes(q.source.item))?.id ?? key;
		for (const k of [key, linked]) {
			if (seen.has(k) && seen.get(k) !== q.id) ctx.count('repeated-item', q, k);
			seen.set(k, q.id);
		}
	}
}

export function auditRound(
	bank: Bank,
	texts: Record<string, string>,
	oracle: Oracle,
	round: Question[],
	count: Ctx['count']
): void {
	const ctx: Ctx = { bank, texts, oracle, count };
	for (const q of round) {
		checkChoices(ctx, q);
		checkItem(ctx, q);
	}
	checkLeaks(ctx, round);
}
