/** Source types: what kind of non-person source speaks — a document, a survey, a publication or a
 *  group — from the noun that names it ("the report", "a poll", "the newspaper", "41 percent of
 *  respondents"). */
import type { EntityType } from './types';
import type { Ent, Registry } from './registry';
import type { Token } from './tokens';
import { NUMBER_WORDS, SPEECH_VERBS } from './lexicon';
import { FUNCTION_WORDS } from './words';

/** Documents that report what people answered: their findings are a survey's. */
const SURVEY_NOUNS = /^(?:survey|surveys|poll|polls|questionnaire|census|exit-poll)$/;

/** Common nouns that stand for the publication or broadcaster already named ("the daily wrote"). */
export const MEDIA_HEADS =
	/^(?:newspaper|daily|tabloid|broadsheet|weekly|magazine|publication|outlet|broadcaster|network|channel|station|newsroom|wire)$/;

/** Heads that are also adjectives ("the daily briefing"): a source only when no noun follows. */
const ADJECTIVE_HEADS = /^(?:daily|weekly)$/;

/** The type an entity shows: a survey among documents; a place stands for its government (an agency). */
export function sourceType(e: Ent): EntityType {
	if (e.type === 'place') return 'agency';
	if (e.type === 'document' && e.unnamed && SURVEY_NOUNS.test(headWord(e.name))) return 'survey';
	return e.type;
}

const headWord = (name: string): string =>
	(name.toLowerCase().split(/\s+/).pop() ?? '').replace(/['’]s?$/, '');

/** "the daily" at token k is a publication only when no noun follows ("the daily briefing" is not). */
export function mediaHeadAt(tokens: readonly Token[], k: number): boolean {
	const t = tokens[k];
	if (!t || !MEDIA_HEADS.test(t.lower)) return false;
	if (!ADJECTIVE_HEADS.test(t.lower)) return true;
	const next = tokens[k + 1];
	return (
		!next ||
		next.quoted ||
		!next.word ||
		SPEECH_VERBS.has(next.lower) ||
		FUNCTION_WORDS.has(next.lower) ||
		/(?:ed|s)$/.test(next.lower)
	);
}

/** The publication "the newspaper" means: the latest media entity named, or null. */
export function latestMedia(reg: Registry): Ent | null {
	for (const e of reg.recent()) if (e.type === 'media') return e;
	return null;
}

/** Start of a share before a group noun at k: "41 percent of", "Forty-one percent of", "half of",
 *  "a majority of", "most of the"; -1 when none. */
export function shareStart(tokens: readonly Token[], k: number): number {
	let b = k - 1;
	if (tokens[b]?.lower === 'the') b--;
	if (tokens[b]?.lower !== 'of') return -1;
	b--;
	const w = tokens[b];
	if (!w || w.quoted) return -1;
	if (
		/^(?:half|most|majority|minority|third|quarter|two-thirds|three-quarters|many|some)$/.test(
			w.lower
		)
	)
		return tokens[b - 1] && /^(?:a|an|the)$/.test(tokens[b - 1]!.lower) ? b - 1 : b;
	if (w.t === '%' || w.lower === 'percent' || w.lower === 'cent') {
		const n = tokens[b - 1];
		if (n && isNumber(n.lower)) return b - 1;
		if (w.lower === 'cent' && tokens[b - 1]?.lower === 'per' && isNumber(tokens[b - 2]?.lower))
			return b - 2;
	}
	return -1;
}

/** "41", "41.5", "forty-one", "forty". */
function isNumber(w: string | undefined): boolean {
	if (!w) return false;
	if (/^\d+(?:[.,]\d+)?$/.test(w)) return true;
	return w.split('-').every((p) => NUMBER_WORDS[p] !== undefined || /^(?:one|a)$/.test(p));
}
