/** Where the slider starts: a position still here, never moved, is not an answer. */
export const SLIDER_START = 500;
