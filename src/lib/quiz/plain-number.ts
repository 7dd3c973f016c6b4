/** In a module of their own: the quiz page's estimate slider and answer reader need only these of `format.ts`. */

/** Plain display for any number (estimates): "1,180,000", "2.5". */
export function plainNumber(value: number): string {
	return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 0 });
}

/** A stable string for a number: no float noise ("2360000", not "2360000.0000000005"). */
export function normalise(value: number): number {
	return Number(value.toPrecision(12));
}
