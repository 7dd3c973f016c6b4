/** Lenient quote scoring: a prediction counts when it covers over 30 % of a gold quoted piece; a
 *  speaker is right when it shares a non-title word with the annotated source. */
import type { Span } from '../../../lib/extract/types';
import { nameWords, overlap, type GoldQuote, type SourceClass } from './gold';

export interface PredictedQuote extends Span {
	/** The speaker's name and any aliases; empty when the extractor found no speaker. */
	speakerNames: string[];
}

export interface Tally {
	right: number;
	total: number;
}

export interface CorpusScore {
	gold: number;
	found: number;
	returned: number;
	truePositives: number;
	speakers: Record<SourceClass, Tally>;
	/** Per-quote outcomes, for reading errors: `kind  gold-source  →  predicted`. */
	log: string[];
}

export const COVER = 0.3;

export function emptyScore(): CorpusScore {
	const t = (): Tally => ({ right: 0, total: 0 });
	return {
		gold: 0,
		found: 0,
		returned: 0,
		truePositives: 0,
		speakers: { named: t(), pronoun: t(), unnamed: t(), none: t() },
		log: []
	};
}

const covers = (p: Span, g: GoldQuote): boolean => overlap(p, g) > COVER * (g.end - g.start);

/** Right speaker: for a quote with no source, none predicted; otherwise a shared content word. */
export function speakerRight(g: GoldQuote, p: PredictedQuote): boolean {
	if (g.sourceClass === 'none') return p.speakerNames.length === 0;
	const want = new Set(g.speakerWords);
	return p.speakerNames.some((n) => nameWords(n).some((w) => want.has(w)));
}

/** Add one article's outcome to `into`. `label` names the article in the log. */
export function scoreArticle(
	into: CorpusScore,
	gold: GoldQuote[],
	predicted: PredictedQuote[],
	text: string,
	label: string
): void {
	into.gold += gold.length;
	into.returned += predicted.length;
	into.truePositives += predicted.filter((p) => gold.some((g) => covers(p, g))).length;
	for (const g of gold) {
		const best = predicted
			.filter((p) => covers(p, g))
			.sort((a, b) => overlap(b, g) - overlap(a, g))[0];
		const snippet = text.slice(g.start, Math.min(g.end, g.start + 50)).replace(/\s+/g, ' ');
		if (!best) {
			into.log.push(`MISS   ${label}  "${snippet}"`);
			continue;
		}
		into.found++;
		const tally = into.speakers[g.sourceClass];
		tally.total++;
		const ok = speakerRight(g, best);
		if (ok) tally.right++;
		else
			into.log.push(
				`WRONG  ${g.sourceClass.padEnd(7)} ${label}  gold=${g.source ?? '-'} [${g.speakerWords.join(' ')}]  got=${best.speakerNames[0] ?? '-'}  "${snippet}"`
			);
	}
	for (const p of predicted)
		if (!gold.some((g) => covers(p, g)))
			into.log.push(
				`FALSE  ${label}  got=${p.speakerNames[0] ?? '-'}  "${text.slice(p.start, Math.min(p.end, p.start + 50)).replace(/\s+/g, ' ')}"`
			);
}

export interface Summary {
	precision: number;
	recall: number;
	f1: number;
	accuracy: Record<SourceClass, number>;
}

export function summarise(s: CorpusScore): Summary {
	const precision = s.returned ? s.truePositives / s.returned : 0;
	const recall = s.gold ? s.found / s.gold : 0;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	const acc = (t: Tally): number => (t.total ? t.right / t.total : 0);
	return {
		precision,
		recall,
		f1,
		accuracy: {
			named: acc(s.speakers.named),
			pronoun: acc(s.speakers.pronoun),
			unnamed: acc(s.speakers.unnamed),
			none: acc(s.speakers.none)
		}
	};
}
