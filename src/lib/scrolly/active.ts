/** Which step is active, computed from where the steps sit now: no scroll history, so jumps and resizes cannot confuse it. */

export interface StepBox {
	top: number;
	bottom: number;
}

/** The trigger line, as a share of the viewport height from its top. */
export const TRIGGER = 0.55;

/**
 * The active step: the last one whose top has crossed the trigger line, or the first when none has.
 * Reading every step's current box (instead of counting enter/leave events) is what keeps a fast
 * scroll, an anchor jump or a viewport resize from leaving a stale step active.
 */
export function pickActive(boxes: StepBox[], viewportHeight: number, trigger = TRIGGER): number {
	const line = viewportHeight * trigger;
	let active = 0;
	for (let i = 0; i < boxes.length; i++) {
		if (boxes[i]!.top <= line) active = i;
		else break;
	}
	return active;
}

/** How far the trigger line has travelled through the active step, from 0 to 1. */
export function stepProgress(box: StepBox, viewportHeight: number, trigger = TRIGGER): number {
	const line = viewportHeight * trigger;
	const height = box.bottom - box.top;
	if (height <= 0) return line >= box.top ? 1 : 0;
	return Math.min(1, Math.max(0, (line - box.top) / height));
}

/** Progress through the whole piece, from 0 to 1: finished steps plus the share of the active one. */
export function overallProgress(active: number, progress: number, count: number): number {
	if (count === 0) return 0;
	return Math.min(1, (active + progress) / count);
}
