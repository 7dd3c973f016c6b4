/** The figures findFigures reads in a text, as text, value, kind and unit: what the figure tests compare. */
import { findFigures } from './figures';

export const figs = (t: string): { text: string; value: number; kind: string; unit: string }[] =>
	findFigures(t, 0, t.length).map((f) => ({
		text: t.slice(f.start, f.end),
		value: f.value,
		kind: f.kind,
		unit: f.unit
	}));
