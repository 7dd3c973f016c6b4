/** How far an estimate is off, kept apart from score.ts so that the feedback page does not ship the quiz generator. */

/** How far an estimate is off, as a factor (2 means twice or half the real number). */
export function offBy(given: number, actual: number): number {
	return 10 ** Math.abs(Math.log10(given / actual));
}
