/** Whether a result's answers could have come from its module's round: checked before anything is scored or drawn. */
import type { Bank } from '$lib/extract/types';
import type { ResultRecord } from './token';
import { parseQuestionId, type QuestionKind, type QuizModule } from './types';

const FIGURE_KINDS = new Set<QuestionKind>(['figure', 'estimate', 'whose-number']);

function inModuleSeeds(module: QuizModule, seedFile: string): boolean {
	return module.seeds.includes(seedFile.replace(/\.txt$/, ''));
}

/**
 * Null when the answers fit the round, else what is wrong in plain words. A round asks at most
 * `module.count` questions, each of one of the module's kinds about an item from one of its seeds.
 * An item the bank no longer has is allowed (it shows as retired); so is a module since removed,
 * bounded by the largest round any module asks.
 */
export function roundProblem(
	bank: Bank,
	modules: QuizModule[],
	record: ResultRecord
): string | null {
	const module = modules.find((m) => m.slug === record.module);
	const most = module ? module.count : Math.max(0, ...modules.map((m) => m.count));
	if (record.answers.length > most) {
		return `it holds ${record.answers.length} answers, but this quiz asks at most ${most} questions`;
	}
	for (const { question } of record.answers) {
		const parsed = parseQuestionId(question);
		if (!parsed) return 'one of its question ids is not one Attributed makes';
		if (!module) continue;
		if (!module.kinds.includes(parsed.kind))
			return 'one of its questions is of a kind this quiz never asks';
		const figureKind = FIGURE_KINDS.has(parsed.kind);
		const item = (figureKind ? bank.figures : bank.quotes)[parsed.item];
		const other = (figureKind ? bank.quotes : bank.figures)[parsed.item];
		if (other) return 'one of its questions asks about an item in a way this quiz never does';
		if (item && !inModuleSeeds(module, item.seed)) {
			return 'one of its questions is about an article this quiz does not use';
		}
	}
	return null;
}
