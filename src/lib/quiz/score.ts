/** Scores a result record against the bank: pure, so the results page and a teacher's browser agree. */
import type { Bank } from '$lib/extract/types';
import { plainNumber } from './format';
import { buildQuestion, type Options } from './generate';
import { offBy } from './off-by';
import type { Confidence, ResultAnswer, ResultRecord } from './token';
import type { Question, QuizModule } from './types';

/** A verdict in three: "close" is an estimate's half mark, shown as ◐ with its word, never as wrong. */
export type Verdict = 'right' | 'close' | 'wrong';

export function verdictOf(points: number): Verdict {
	return points >= 1 ? 'right' : points > 0 ? 'close' : 'wrong';
}

export interface Marked {
	/** Points from 0 to 1: estimates earn partial credit for being close. */
	points: number;
	right: boolean;
	result: Verdict;
	/** The given answer in words. */
	givenLabel: string;
}

export { offBy };

/** Full marks within a quarter either way, half marks within a factor of two. */
export function estimatePoints(given: number, actual: number): number {
	if (!(given > 0) || !(actual > 0)) return 0;
	const factor = offBy(given, actual);
	return factor <= 1.25 ? 1 : factor <= 2 ? 0.5 : 0;
}

function labelOf(question: Question, value: string): string {
	return question.choices.find((c) => c.value === value)?.label ?? value;
}

/** Marks one answer. Unknown values are simply wrong, never an error. */
export function mark(question: Question, given: string): Marked {
	switch (question.kind) {
		case 'estimate': {
			const value = Number(given);
			const points = estimatePoints(value, Number(question.answer));
			const label = Number.isFinite(value) && given !== '' ? plainNumber(value) : 'no answer';
			return { points, right: points === 1, result: verdictOf(points), givenLabel: label };
		}
		case 'which-outlet': {
			const picked = given.split(',').filter(Boolean).sort();
			const right = picked.join(',') === question.answer;
			const labels = picked.map((v) => labelOf(question, v));
			return {
				points: right ? 1 : 0,
				right,
				result: right ? 'right' : 'wrong',
				givenLabel: labels.length ? labels.join(' and ') : 'none ticked'
			};
		}
		case 'said-or-not': {
			// Judged on the pairing the student saw, stored in the answer itself.
			const [shown, verdict] = given.split('=');
			const said = shown === question.speakerId ? 'yes' : 'no';
			const right = verdict === said;
			return {
				points: right ? 1 : 0,
				right,
				result: right ? 'right' : 'wrong',
				givenLabel: verdict === 'yes' ? 'Yes' : verdict === 'no' ? 'No' : 'no answer'
			};
		}
		default: {
			const right = given === question.answer;
			return {
				points: right ? 1 : 0,
				right,
				result: right ? 'right' : 'wrong',
				givenLabel: labelOf(question, given)
			};
		}
	}
}

export interface ScoredAnswer {
	id: string;
	/** Null when the bank no longer has this question: shown as retired. */
	question: Question | null;
	given: string;
	givenLabel: string;
	/** The right answer in words, or null when retired. */
	correct: string | null;
	right: boolean;
	points: number;
	/** Right, close (half marks) or wrong; "retired" when the question no longer exists. */
	result: Verdict | 'retired';
	retired: boolean;
	confidence: Confidence | null;
}

export interface Calibration {
	answered: number;
	right: number;
}

export interface Scored {
	module: QuizModule | null;
	seed: number;
	answers: ScoredAnswer[];
	points: number;
	/** Questions that still exist: retired ones do not count. */
	total: number;
	calibration: Record<'sure' | 'unsure' | 'unstated', Calibration>;
}

/**
 * Marks each answer against its question (`questionFor` gives null for one no longer asked), and
 * tallies points and calibration: the one scorer of seed and lab results.
 */
export function scoreAnswers(
	answers: readonly ResultAnswer[],
	questionFor: (id: string) => Question | null
): Pick<Scored, 'answers' | 'points' | 'total' | 'calibration'> {
	const calibration = {
		sure: { answered: 0, right: 0 },
		unsure: { answered: 0, right: 0 },
		unstated: { answered: 0, right: 0 }
	};
	let points = 0;
	let total = 0;
	const scored = answers.map((a): ScoredAnswer => {
		const question = questionFor(a.question);
		if (!question) {
			return {
				id: a.question,
				question: null,
				given: a.answer,
				givenLabel: a.answer,
				correct: null,
				right: false,
				points: 0,
				result: 'retired',
				retired: true,
				confidence: a.confidence
			};
		}
		const marked = mark(question, a.answer);
		points += marked.points;
		total += 1;
		const bucket = calibration[a.confidence ?? 'unstated'];
		bucket.answered += 1;
		if (marked.right) bucket.right += 1;
		return {
			id: a.question,
			question,
			given: a.answer,
			givenLabel: marked.givenLabel,
			correct: question.answerLabel,
			right: marked.right,
			points: marked.points,
			result: marked.result,
			retired: false,
			confidence: a.confidence
		};
	});
	return { answers: scored, points, total, calibration };
}

/** Recomputes a result's score from the bank; the token only says what was answered. */
export function scoreResult(
	bank: Bank,
	modules: QuizModule[],
	record: ResultRecord,
	options: Options = {}
): Scored {
	return {
		module: modules.find((m) => m.slug === record.module) ?? null,
		seed: record.seed,
		...scoreAnswers(record.answers, (id) => buildQuestion(bank, id, record.seed, options))
	};
}
