/** Scores a results token against a bank: the one path the server and a teacher's browser both take. */
import type { Bank } from '$lib/extract/types';
import { scoreResult } from '$lib/quiz/score';
import type { Options } from '$lib/quiz/generate';
import { roundProblem } from '$lib/quiz/round-fit';
import { decodeResult, type ResultRecord } from '$lib/quiz/token';
import type { QuizModule } from '$lib/quiz/types';
import type { ScoredResult } from './scored';
import { toScoredResult } from './view';

export type TokenScore =
	{ ok: true; result: ScoredResult; record: ResultRecord } | { ok: false; error: string };

/** Never throws: a token that cannot be scored gives a reason a student or teacher can act on. */
export function scoreToken(
	token: string,
	bank: Bank,
	modules: QuizModule[],
	options: Options = {}
): TokenScore {
	const decoded = decodeResult(token);
	if (!decoded.ok) return decoded;
	const record = decoded.result;
	const misfit = roundProblem(bank, modules, record);
	if (misfit) return { ok: false, error: `This results link is broken: ${misfit}.` };
	try {
		// A module since removed still scores: its questions live in the bank, not in the module.
		const result = toScoredResult(scoreResult(bank, modules, record, options), record);
		return { ok: true, result, record };
	} catch {
		// A generator that fails on odd stored answers must not crash the page: the link is unreadable.
		return {
			ok: false,
			error: 'This results link could not be scored. Its answers do not fit the quiz.'
		};
	}
}
