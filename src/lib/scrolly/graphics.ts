/**
 * The graphics a Scrolly can show, by the name explainers use in `<Scrolly graphic="…">`: each named
 * for what it draws. The data of the first three lives in `content/explainers/<slug>.json`.
 */
export const GRAPHICS = ['timeline', 'figure-bars', 'accusation-map', 'quote-cards'] as const;
export type GraphicName = (typeof GRAPHICS)[number];

/** Props every graphic takes: the active step's focus (undefined shows everything, as in text mode). */
export interface GraphicProps {
	focus: string | undefined;
	/** Every step's focus, in order, for graphics that show one item per step. */
	foci: (string | undefined)[];
	label: string;
}

/** Whether a timeline date ("2014-05-19") falls under a step's focus ("2014", "2014-05", or "2012,2014"). */
export function dateInFocus(date: string, focus: string | undefined): boolean {
	if (focus === undefined) return true;
	return focus.split(',').some((f) => f.trim() !== '' && date.startsWith(f.trim()));
}

/** Position of a value on a log10 axis from 1 to `max`, from 0 to 1. */
export function logPosition(value: number, max: number): number {
	if (value <= 1 || max <= 1) return 0;
	return Math.min(1, Math.log10(value) / Math.log10(max));
}

/** Decade gridlines up to the first power of ten at or above `max`. */
export function logTicks(max: number): number[] {
	const ticks: number[] = [];
	for (let t = 10; t / 10 < max; t *= 10) ticks.push(t);
	return ticks;
}
