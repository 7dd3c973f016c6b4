/** Scoring the extractor against the hand-checked answer key (tests/seeds.gold.json). */
import type { Bank, Entity, Quote } from '../../lib/extract/types';

export interface GoldEntity {
	name: string;
	role?: string;
	side?: string;
	aliases: string[];
}
export interface GoldQuote {
	seed: string;
	text: string;
	speaker: string;
	kind: 'full' | 'partial' | 'fragment' | 'paraphrase';
	via: string | null;
	start: number;
	end: number;
	paragraph: number;
	alt?: string[];
	note?: string;
}
export interface GoldNegative {
	seed: string;
	text: string;
	start: number;
	end: number;
	effect?: 'wrong' | 'ignore';
}
export interface GoldFigure {
	seed: string;
	text: string;
	value: number;
	unit: string;
	counts: string;
	claimant: string | null;
	kind: string;
	start: number;
	end: number;
}
export interface Gold {
	entities: Record<string, GoldEntity>;
	articles: Record<
		string,
		{ outlet: string; title: string; published: string; author?: string; note?: string }
	>;
	quotes: GoldQuote[];
	quoteNegatives: GoldNegative[];
	figures: GoldFigure[];
	figureNegatives: GoldNegative[];
	boilerplate: { seed: string; text: string; start: number; end: number }[];
}

export const THRESHOLDS = {
	recallFullPartial: 0.97,
	recallFragment: 0.85,
	precision: 0.95,
	speakerFullPartial: 0.95,
	speakerFragment: 0.8,
	figuresFound: 0.95,
	figureClaimant: 0.9
};

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
	Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** A returned span matches a gold span when it covers ≥ 80 % of it and is mostly made of it. */
export function spanMatches(
	pred: { start: number; end: number },
	gold: { start: number; end: number }
): boolean {
	const o = overlap(pred, gold);
	return o >= 0.8 * (gold.end - gold.start) && o >= 0.5 * (pred.end - pred.start);
}

/** Normalise a name for comparison: case, apostrophes, a leading "the", a leading country qualifier. */
export function normName(s: string): string {
	let w = s
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/[^a-z0-9' ]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.split(' ');
	if (w[0] === 'the') w = w.slice(1);
	if (w.length > 2 && /^(?:u s|us|china's|chinese|american|u s's)$/.test(w[0]!)) w = w.slice(1);
	if (w.length > 2 && w[0] === 'u' && w[1] === 's') w = w.slice(2);
	return w.join(' ');
}

/** Generic anaphors ("the spokesman", "the report") name no one until resolved. */
const isGeneric = (alias: string): boolean => /^the [a-z]+$/.test(alias.trim());

/** Whether a bank entity is the gold entity: same normalised name or a specific alias. */
export function sameEntity(mine: Entity | undefined, gold: GoldEntity | undefined): boolean {
	if (!mine || !gold) return false;
	const goldNames = new Set(
		[gold.name, ...gold.aliases]
			.filter(
				(a) => !isGeneric(a) || (mine.type === 'document' && normName(a) === normName(mine.name))
			)
			.map(normName)
	);
	const mineNames = [mine.name, ...mine.aliases.filter((a) => /\p{Lu}/u.test(a))].map(normName);
	return mineNames.some((n) => goldNames.has(n));
}

export interface KindScore {
	gold: number;
	found: number;
	recall: number;
	speakerRight: number;
	speakerAccuracy: number;
	misses: string[];
	wrongSpeakers: string[];
}

export interface Check {
	name: string;
	ok: boolean;
	detail: string;
}

export interface Score {
	kinds: Record<'full' | 'partial' | 'fragment' | 'paraphrase', KindScore>;
	fullPartial: KindScore;
	returned: number;
	truePositives: number;
	falsePositives: string[];
	ignored: number;
	precision: number;
	f1: number;
	figures: {
		byKind: Record<string, { gold: number; found: number }>;
		found: number;
		gold: number;
		recall: number;
		claimantRight: number;
		claimantAccuracy: number;
		misses: string[];
		wrongClaimants: string[];
	};
	years: { gold: number; found: number; misses: string[] };
	figureNegativesReturned: string[];
	boilerplate: { gold: number; dropped: number; problems: string[] };
	/** Gold entities found in the bank, and how many have the gold side (informational). */
	sides: { found: number; right: number; wrong: string[] };
	checks: Check[];
}

function emptyKind(): KindScore {
	return {
		gold: 0,
		found: 0,
		recall: 1,
		speakerRight: 0,
		speakerAccuracy: 1,
		misses: [],
		wrongSpeakers: []
	};
}

/** Score a bank built from the seeds against the gold key. */
export function scoreBank(bank: Bank, gold: Gold): Score {
	// Only the articles the key covers: an article a teacher added has no answers to score against.
	const covered = (item: { seed: string }): boolean => item.seed in gold.articles;
	const quotes = Object.values(bank.quotes).filter(covered);
	const figures = Object.values(bank.figures).filter(covered);
	const kinds = {
		full: emptyKind(),
		partial: emptyKind(),
		fragment: emptyKind(),
		paraphrase: emptyKind()
	};
	const matchOf = new Map<GoldQuote, Quote>();
	const used = new Set<string>();
	for (const g of gold.quotes) {
		const cands = quotes
			.filter((q) => q.seed === g.seed && !used.has(q.id) && spanMatches(q, g))
			.sort((a, b) => overlap(b, g) - overlap(a, g));
		const k = kinds[g.kind];
		k.gold++;
		const q = cands[0];
		if (!q) {
			k.misses.push(`${g.seed.slice(0, 3)} ¶${g.paragraph} "${g.text.slice(0, 60)}"`);
			continue;
		}
		used.add(q.id);
		matchOf.set(g, q);
		k.found++;
		const right = [g.speaker, ...(g.alt ?? [])].some((id) =>
			sameEntity(q.speakerId ? bank.entities[q.speakerId] : undefined, gold.entities[id])
		);
		if (right) k.speakerRight++;
		else
			k.wrongSpeakers.push(
				`${g.seed.slice(0, 3)} ¶${g.paragraph} "${g.text.slice(0, 40)}": got ${q.speaker ?? 'none'}, want ${g.speaker}`
			);
	}
	for (const k of Object.values(kinds)) {
		k.recall = k.gold ? k.found / k.gold : 1;
		k.speakerAccuracy = k.found ? k.speakerRight / k.found : 1;
	}
	const fp = emptyKind();
	fp.gold = kinds.full.gold + kinds.partial.gold;
	fp.found = kinds.full.found + kinds.partial.found;
	fp.speakerRight = kinds.full.speakerRight + kinds.partial.speakerRight;
	fp.recall = fp.gold ? fp.found / fp.gold : 1;
	fp.speakerAccuracy = fp.found ? fp.speakerRight / fp.found : 1;
	// Precision: a returned quote matching no gold quote is a false positive, and so is one that
	// is mostly a `wrong` negative; one that is mostly an `ignore` span counts neither way.
	const falsePositives: string[] = [];
	let ignored = 0;
	let tp = 0;
	for (const q of quotes) {
		const negs = gold.quoteNegatives.filter(
			(n) => n.seed === q.seed && overlap(q, n) >= 0.5 * (q.end - q.start)
		);
		if (used.has(q.id) && !negs.some((n) => n.effect !== 'ignore' && spanMatches(q, n))) {
			tp++;
			continue;
		}
		if (negs.some((n) => n.effect === 'ignore')) {
			ignored++;
			continue;
		}
		falsePositives.push(`${q.seed.slice(0, 3)} ¶${q.paragraph} "${q.text.slice(0, 60)}"`);
	}
	const precision = tp + falsePositives.length ? tp / (tp + falsePositives.length) : 1;
	const goldCount = kinds.full.gold + kinds.partial.gold + kinds.fragment.gold;
	const foundCount = kinds.full.found + kinds.partial.found + kinds.fragment.found;
	const recallAll = goldCount ? foundCount / goldCount : 1;
	const f1 = precision + recallAll ? (2 * precision * recallAll) / (precision + recallAll) : 0;

	// Figures.
	const byKind: Record<string, { gold: number; found: number }> = {};
	const figMisses: string[] = [];
	const wrongClaimants: string[] = [];
	let figGold = 0;
	let figFound = 0;
	let claimRight = 0;
	const figMatch = new Map<GoldFigure, (typeof figures)[number]>();
	for (const g of gold.figures) {
		if (!['count', 'money', 'ratio', 'duration'].includes(g.kind)) continue;
		figGold++;
		const bk = (byKind[g.kind] ??= { gold: 0, found: 0 });
		bk.gold++;
		const f = figures.find(
			(x) =>
				x.seed === g.seed &&
				overlap(x, g) > 0 &&
				Math.abs(x.value - g.value) <= 0.005 * Math.abs(g.value)
		);
		if (!f) {
			figMisses.push(`${g.seed.slice(0, 3)} "${g.text}" = ${g.value}`);
			continue;
		}
		figMatch.set(g, f);
		figFound++;
		bk.found++;
		const right =
			g.claimant === null
				? f.claimantId === null
				: sameEntity(
						f.claimantId ? bank.entities[f.claimantId] : undefined,
						gold.entities[g.claimant]
					);
		if (right) claimRight++;
		else
			wrongClaimants.push(
				`${g.seed.slice(0, 3)} "${g.text}": got ${f.claimant ?? 'none'}, want ${g.claimant ?? 'none'}`
			);
	}
	const yearGold = gold.figures.filter((g) => g.kind === 'year');
	const yearMisses = yearGold
		.filter(
			(g) => !figures.some((x) => x.seed === g.seed && overlap(x, g) > 0 && x.kind === 'year')
		)
		.map((g) => `${g.seed.slice(0, 3)} "${g.text}"`);
	const figureNegativesReturned = gold.figureNegatives
		.filter((n) => figures.some((x) => x.seed === n.seed && overlap(x, n) > 0))
		.map((n) => `${n.seed.slice(0, 3)} "${n.text}"`);

	// Furniture.
	const problems: string[] = [];
	let dropped = 0;
	for (const b of gold.boilerplate) {
		const art = bank.articles.find((a) => a.seed === b.seed);
		const furn = art?.furniture ?? [];
		let covered = true;
		for (let i = b.start; i < b.end; i++)
			if (!furn.some((f) => f.start <= i && i < f.end)) covered = false;
		if (covered) dropped++;
		else problems.push(`not dropped: ${b.seed.slice(0, 3)} "${b.text.slice(0, 40)}"`);
		if (
			quotes.some((q) => q.seed === b.seed && overlap(q, b) > 0) ||
			figures.some((f) => f.seed === b.seed && overlap(f, b) > 0)
		)
			problems.push(`item inside furniture: ${b.seed.slice(0, 3)} "${b.text.slice(0, 40)}"`);
	}

	return {
		kinds,
		fullPartial: fp,
		returned: quotes.length,
		truePositives: tp,
		falsePositives,
		ignored,
		precision,
		f1,
		figures: {
			byKind,
			found: figFound,
			gold: figGold,
			recall: figGold ? figFound / figGold : 1,
			claimantRight: claimRight,
			claimantAccuracy: figFound ? claimRight / figFound : 1,
			misses: figMisses,
			wrongClaimants
		},
		years: {
			gold: yearGold.length,
			found: yearGold.length - yearMisses.length,
			misses: yearMisses
		},
		figureNegativesReturned,
		boilerplate: { gold: gold.boilerplate.length, dropped, problems },
		sides: sideScore(bank, gold),
		checks: crossChecks(bank, gold, matchOf, figMatch)
	};
}

function sideScore(bank: Bank, gold: Gold): Score['sides'] {
	const out: Score['sides'] = { found: 0, right: 0, wrong: [] };
	for (const [id, ge] of Object.entries(gold.entities)) {
		const mine = Object.values(bank.entities).find((e) => sameEntity(e, ge));
		if (!mine) continue;
		out.found++;
		if (mine.side === ge.side) out.right++;
		else out.wrong.push(`${id}: got ${mine.side}, want ${ge.side}`);
	}
	return out;
}

/** The cross-article cases the gold notes name. */
function crossChecks(
	bank: Bank,
	gold: Gold,
	matchOf: Map<GoldQuote, Quote>,
	figMatch: Map<GoldFigure, { id: string }>
): Check[] {
	const checks: Check[] = [];
	const ents = Object.values(bank.entities);
	const holding = (alias: string): Entity | undefined =>
		ents.find((e) => [e.name, ...e.aliases].some((a) => a === alias));
	const a = holding('CNCERT');
	const b = holding('NCNERTTCC');
	checks.push({
		name: 'CNCERT and NCNERTTCC are one entity',
		ok: !!a && a === b,
		detail: `${a?.id ?? 'none'} / ${b?.id ?? 'none'}`
	});
	const speakerCheck = (name: string, seed: string, goldSpeaker: string): void => {
		const g =
			gold.quotes.find(
				(q) => q.seed.startsWith(seed) && q.speaker === goldSpeaker && (q.note ?? '').length > 0
			) ?? gold.quotes.find((q) => q.seed.startsWith(seed) && q.speaker === goldSpeaker);
		const q = g ? matchOf.get(g) : undefined;
		const ent = q?.speakerId ? bank.entities[q.speakerId] : undefined;
		const ge = gold.entities[goldSpeaker];
		const ok = !!ent && !!ge && normName(ent.name) === normName(ge.name);
		checks.push({ name, ok, detail: `got ${q ? (q.speaker ?? 'none') : 'no quote'}` });
	};
	speakerCheck('"Chinese ambassador to the US" is Cui Tiankai', '004', 'cui-tiankai');
	speakerCheck('"the spokesman" in the RT article is Geng Yansheng', '004', 'geng-yansheng');
	{
		const g = gold.quotes.find(
			(q) =>
				q.seed.startsWith('002') &&
				q.speaker === 'siio-spokesman' &&
				/no attribution/.test(q.note ?? '')
		);
		const q = g ? matchOf.get(g) : undefined;
		const ent = q?.speakerId ? bank.entities[q.speakerId] : undefined;
		checks.push({
			name: 'the unattributed Reuters paragraph is the State Internet Information Office spokesman',
			ok:
				!!ent &&
				sameEntity(ent, gold.entities['siio-spokesman']) &&
				normName(ent.name) === normName(gold.entities['siio-spokesman']!.name),
			detail: `got ${q ? (q.speaker ?? 'none') : 'no quote'}`
		});
	}
	const linked = (ids: string[], type: 'quote' | 'figure'): boolean =>
		bank.links.some((l) => l.type === type && ids.every((id) => l.items.includes(id)));
	for (const who of ['zheng-zeguang', 'cui-tiankai']) {
		const pair = gold.quotes.filter(
			(q) =>
				q.speaker === who &&
				q.kind === 'full' &&
				(q.seed.startsWith('002') || q.seed.startsWith('004'))
		);
		const ids = pair.map((g) => matchOf.get(g)?.id).filter((x): x is string => !!x);
		checks.push({
			name: `the ${gold.entities[who]?.name} quotes in Reuters and RT are linked`,
			ok: ids.length === 2 && linked(ids, 'quote'),
			detail: ids.join(', ') || 'not found'
		});
	}
	const cn = gold.figures.filter((f) => f.claimant === 'cncert' && f.kind === 'count');
	const values = [...new Set(cn.map((f) => f.value))];
	let ok = 0;
	for (const v of values) {
		const ids = cn
			.filter((f) => f.value === v)
			.map((f) => figMatch.get(f)?.id)
			.filter((x): x is string => !!x);
		if (ids.length >= 2 && linked(ids, 'figure')) ok++;
	}
	checks.push({
		name: 'the eight CNCERT figures are linked across the two articles',
		ok: ok === values.length && values.length === 8,
		detail: `${ok}/${values.length} linked`
	});
	return checks;
}

/** Threshold checks with their figures, for the CLI and the test. */
export function thresholdChecks(s: Score): Check[] {
	const pct = (x: number): string => (x * 100).toFixed(1) + '%';
	const t = THRESHOLDS;
	return [
		{
			name: `quote recall full+partial ≥ ${t.recallFullPartial}`,
			ok: s.fullPartial.recall >= t.recallFullPartial,
			detail: pct(s.fullPartial.recall)
		},
		{
			name: `quote recall fragment ≥ ${t.recallFragment}`,
			ok: s.kinds.fragment.recall >= t.recallFragment,
			detail: pct(s.kinds.fragment.recall)
		},
		{
			name: `quote precision ≥ ${t.precision}`,
			ok: s.precision >= t.precision,
			detail: pct(s.precision)
		},
		{
			name: `speakers full+partial ≥ ${t.speakerFullPartial}`,
			ok: s.fullPartial.speakerAccuracy >= t.speakerFullPartial,
			detail: pct(s.fullPartial.speakerAccuracy)
		},
		{
			name: `speakers fragment ≥ ${t.speakerFragment}`,
			ok: s.kinds.fragment.speakerAccuracy >= t.speakerFragment,
			detail: pct(s.kinds.fragment.speakerAccuracy)
		},
		{
			name: `figures found ≥ ${t.figuresFound}`,
			ok: s.figures.recall >= t.figuresFound,
			detail: pct(s.figures.recall)
		},
		{
			name: `figure claimants ≥ ${t.figureClaimant}`,
			ok: s.figures.claimantAccuracy >= t.figureClaimant,
			detail: pct(s.figures.claimantAccuracy)
		},
		{
			name: 'no figure negatives returned',
			ok: s.figureNegativesReturned.length === 0,
			detail: s.figureNegativesReturned.join('; ') || 'none'
		},
		{
			name: 'years found as kind year',
			ok: s.years.found === s.years.gold,
			detail: `${s.years.found}/${s.years.gold}`
		},
		{
			name: 'furniture dropped, nothing inside',
			ok: s.boilerplate.problems.length === 0 && s.boilerplate.dropped === s.boilerplate.gold,
			detail: `${s.boilerplate.dropped}/${s.boilerplate.gold}${s.boilerplate.problems.length ? '; ' + s.boilerplate.problems.join('; ') : ''}`
		},
		{
			name: 'entity sides as the key gives them (parties found in the text, labels from content)',
			ok: s.sides.wrong.length === 0,
			detail: `${s.sides.right}/${s.sides.found}${s.sides.wrong.length ? '; ' + s.sides.wrong.join('; ') : ''}`
		},
		...s.checks
	];
}
