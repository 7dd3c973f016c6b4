/** Reads a submitted answer from the quiz form, in the form the token stores it; null when none was given. */
import { normalise } from '$lib/quiz/format';
import type { Question } from '$lib/quiz/types';

/** The slider's position (0 to 1000) on a log scale between the range's ends, to 3 significant digits. */
export function fromPosition(position: number, min: number, max: number): number {
	const value = min * (max / min) ** (Math.min(1000, Math.max(0, position)) / 1000);
	return normalise(Number(value.toPrecision(3)));
}

export function readAnswer(question: Question, form: FormData): string | null {
	if (question.kind === 'estimate' && question.range) {
		const typed = String(form.get('typed') ?? '').replace(/[,\s]/g, '');
		if (typed !== '') {
			const value = Number(typed);
			return Number.isFinite(value) && value > 0 ? String(normalise(value)) : null;
		}
		const position = Number(form.get('position'));
		if (form.get('position') === null || !Number.isFinite(position)) return null;
		return String(fromPosition(position, question.range.min, question.range.max));
	}
	const values = question.choices.map((c) => c.value);
	const given = form
		.getAll('answer')
		.map(String)
		.filter((v) => values.includes(v));
	if (question.multiple) return given.length ? [...new Set(given)].sort().join(',') : null;
	return given[0] ?? null;
}
