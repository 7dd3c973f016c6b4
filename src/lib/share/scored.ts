/** A result as the results page, the card and the class report read it: recomputed from the bank, never from the token. */
import type { Confidence } from '$lib/quiz/token';

export type QuestionStatus = 'right' | 'wrong' | 'retired';

export interface ScoredQuestion {
	/** Question id from the token (bank item id + kind). */
	id: string;
	/** Question kind, e.g. `who-said`; empty for a retired question. */
	kind: string;
	status: QuestionStatus;
	/** Points earned, 0 to 1: an estimate that is close earns a half (◐ in the class report). */
	points?: number;
	confidence: Confidence | null;
	/** Short wording of what was asked, for the review and the report; never on the card. */
	prompt: string;
	/** What the student picked and the right answer, as readers see them (names, not ids). */
	given: string;
	expected: string;
	/** Whether `given` and `expected` name speakers, so a wrong answer is a confusion of people. */
	aboutSpeakers: boolean;
	/** The quote (masked as the student saw it) or the figure's context, when the question had one. */
	text: string | null;
	textIsQuote: boolean;
	/** Who really said it or claims the number, with role, for the review. */
	who: string | null;
	/** Relay chain, nearest first ("Xinhua"). */
	via: string[];
	/** Where the words come from: `/sources/<slug>#q-<id>`, or null when retired. */
	sourceHref: string | null;
	/** Outlet, date and paragraph, e.g. "Reuters, 20 May 2014, paragraph 3". */
	sourceLabel: string | null;
}

export interface ScoredResult {
	module: { slug: string; title: string };
	seed: number;
	name?: string;
	/** Points: estimates can earn half a point for being close. */
	right: number;
	/** Questions still in the bank; retired ones are shown but not counted. */
	total: number;
	questions: ScoredQuestion[];
}

export interface Calibration {
	sure: { right: number; total: number };
	unsure: { right: number; total: number };
	unrated: { right: number; total: number };
}

/** How often the student was right when sure, when not sure and when they did not say. */
export function calibrationOf(questions: ScoredQuestion[]): Calibration {
	const calibration: Calibration = {
		sure: { right: 0, total: 0 },
		unsure: { right: 0, total: 0 },
		unrated: { right: 0, total: 0 }
	};
	for (const q of questions) {
		if (q.status === 'retired') continue;
		const bucket = calibration[q.confidence ?? 'unrated'];
		bucket.total++;
		if (q.status === 'right') bucket.right++;
	}
	return calibration;
}

/** A share as a whole percentage, or null when there is nothing to divide. */
export function percent(right: number, total: number): number | null {
	return total > 0 ? Math.round((100 * right) / total) : null;
}
