/** Where the slider starts: a position still here, never moved, is not an answer. */
export const SLIDER_START = 500;

/** The slider's position (0–1000, log scale) as a number between min and max, to 3 significant digits. */
export const slidValue = (position: number, min: number, max: number) =>
	Number((min * (max / min) ** (position / 1000)).toPrecision(3));
