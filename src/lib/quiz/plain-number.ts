/** In a module of its own: the quiz page's estimate slider needs only this of `format.ts`. */

/** Plain display for any number (estimates): "1,180,000", "2.5". */
export function plainNumber(value: number): string {
	return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 0 });
}
