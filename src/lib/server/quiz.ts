/** The quiz engine bound to this build's bank and modules; checks at start-up that every module can be filled. */
import type { Bank } from '$lib/extract/types';
import { capacity, generateQuiz, type Options } from '$lib/quiz/generate';
import { passageOf } from '$lib/quiz/passage';
import { scoreResult } from '$lib/quiz/score';
import type { ResultRecord } from '$lib/quiz/token';
import type { Passage, QuizModule } from '$lib/quiz/types';
import { getBank } from './bank';
import { quizModules } from './content';
import { ContentError } from './content-error';
import { articles } from './seeds';

/** Seed texts let figure questions show their sentence and feedback show the passage. */
export const quizOptions: Options = {
	texts: Object.fromEntries(articles.map((a) => [a.seed, a.text]))
};

/** Throws a ContentError naming the module file when the bank cannot give it its question count. */
export function checkModules(bank: Bank, modules: QuizModule[], options: Options): void {
	for (const module of modules) {
		const available = capacity(bank, module, options);
		if (available < module.count) {
			throw new ContentError(
				module.file,
				'count',
				`asks for ${module.count} questions, but its seeds (${module.seeds.join(', ')}) and kinds ` +
					`(${module.kinds.join(', ')}) give only ${available} distinct items in the evidence bank`
			);
		}
	}
}

let checked = false;

/** The bank, with every module checked against it once. */
export function quizBank(): Bank {
	const bank = getBank();
	if (!checked) {
		checkModules(bank, quizModules, quizOptions);
		checked = true;
	}
	return bank;
}

export function makeQuiz(module: QuizModule, seed: number, only?: string[]) {
	return generateQuiz(quizBank(), module, seed, { ...quizOptions, only });
}

export function scoreRecord(record: ResultRecord) {
	return scoreResult(quizBank(), quizModules, record, quizOptions);
}

/** The paragraph around a quote or figure, split so the item itself can be highlighted. */
export function passageFor(itemId: string): Passage | null {
	return passageOf(quizBank(), quizOptions.texts, itemId);
}
