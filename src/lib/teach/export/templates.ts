/** Game-show formats (Kahoot, Blooket, Gimkit) take up to four choices; which questions fit each. */
import { isEstimate, type KeyQuestion } from '../answer-key';
import { notSingle, singleAnswer } from './common';

export const MAX_CHOICES = 4;

/** Kahoot and Blooket take several right answers; neither takes typed numbers or more than four choices. */
export function fitsGameShow(q: KeyQuestion): boolean {
	return !isEstimate(q.answer) && q.choices.length >= 2 && q.choices.length <= MAX_CHOICES;
}

export function gameShowWhy(q: KeyQuestion): string {
	if (isEstimate(q.answer)) return 'an estimate (a number typed in) has no choices';
	return `it has ${q.choices.length} choices and the format takes 2 to ${MAX_CHOICES}`;
}

/** 1-based numbers of the right choices. */
export function rightNumbers(q: KeyQuestion): number[] {
	const values = (q.answer as { values: string[] }).values;
	return q.choices.flatMap((c, i) => (values.includes(c.value) ? [i + 1] : []));
}

/** Gimkit takes exactly one right answer among at most four. */
export function fitsGimkit(q: KeyQuestion): boolean {
	return singleAnswer(q) && q.choices.length <= MAX_CHOICES;
}

export function gimkitWhy(q: KeyQuestion): string {
	return singleAnswer(q) ? `it has more than ${MAX_CHOICES} choices` : notSingle(q);
}
