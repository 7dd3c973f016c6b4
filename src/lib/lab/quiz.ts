/** A round over the lab's articles: a quiz module made on the fly, drawn by the seed modules' generator. */
import type { Bank } from '$lib/extract/types';
import { capacity, generateQuiz, type Options } from '$lib/quiz/generate';
import { voices } from '$lib/quiz/kinds/common';
import type { QuestionKind, QuizModule } from '$lib/quiz/types';
import { fnv1a } from '$lib/extract/ids';
import { labSeeds, labTexts } from './bank';
import type { LabArticle, LabEmpty, LabQuiz } from './types';

/** Kinds every lab round may use; the relay kinds compare articles, so they need several. */
const SINGLE_KINDS: QuestionKind[] = [
	'who-said',
	'said-or-not',
	'which-side',
	'whose-number',
	'figure',
	'estimate'
];
const MULTI_KINDS: QuestionKind[] = ['who-relayed', 'which-outlet'];

/** "Which outlet?" needs outlets a student can tell apart: two articles from one outlet cannot be. */
function multiKinds(articles: LabArticle[]): QuestionKind[] {
	const outlets = articles.map((a) => a.outlet.trim().toLowerCase()).filter(Boolean);
	const distinct = new Set(outlets).size === outlets.length;
	return distinct ? MULTI_KINDS : MULTI_KINDS.filter((k) => k !== 'which-outlet');
}

/** Questions in a lab round unless the teacher asks for another number. */
export const LAB_ROUND = 10;

/** The module a lab round is drawn from: every article, every kind that fits how many there are. */
export function labModule(articles: LabArticle[], count = LAB_ROUND): QuizModule {
	const seeds = labSeeds(articles).map((s) => s.replace(/\.txt$/, ''));
	const title =
		articles.length === 1
			? articles[0]!.title.trim() || 'A pasted article'
			: `${articles.length} articles`;
	return {
		slug: `lab-${fnv1a(seeds.join(' '))}`,
		file: '',
		title,
		description: 'Made in the lab from pasted articles.',
		seeds,
		kinds: articles.length > 1 ? [...SINGLE_KINDS, ...multiKinds(articles)] : SINGLE_KINDS,
		count
	};
}

/** Why the articles give no question, in words a teacher can act on. */
export function emptyReason(bank: Bank): string {
	const quotes = Object.values(bank.quotes);
	const figures = Object.values(bank.figures);
	if (quotes.length === 0 && figures.length === 0)
		return 'no attributed quotations or figures were found';
	const attributed = quotes.filter((q) => q.speakerId).length;
	const claimed = figures.filter((f) => f.claimantId).length;
	if (attributed === 0 && claimed === 0)
		return 'no quotation or figure could be tied to a speaker; name the speakers in the review';
	if (voices(bank).length < 2)
		return 'only one speaker, so a who-said question would have no wrong answers';
	return 'the quotations and figures found cannot make a question with one defensible answer (too short, or their speakers cannot be told apart)';
}

/**
 * A round over the lab's articles with the seed modules' generators and integrity rules, or the
 * reason there is nothing to quiz. `count` questions at most; fewer when fewer fit.
 */
export function labQuiz(
	bank: Bank,
	articles: LabArticle[],
	seed: number,
	count = LAB_ROUND
): LabQuiz | LabEmpty {
	const texts = labTexts(articles);
	const options: Options = { texts };
	const full = labModule(articles, count);
	const available = capacity(bank, full, options);
	if (available === 0) return { empty: true, reason: emptyReason(bank) };
	const module = { ...full, count: Math.min(count, available) };
	const quiz = generateQuiz(bank, module, seed, options);
	if (quiz.questions.length === 0) return { empty: true, reason: emptyReason(bank) };
	return {
		title: module.title,
		seed,
		module,
		questions: quiz.questions,
		bank,
		articles,
		texts,
		seeds: labSeeds(articles)
	};
}
