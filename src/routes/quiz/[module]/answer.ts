/** Reads a submitted answer from the quiz form, in the form the token stores it, or says what is missing. */
import { normalise } from '$lib/quiz/plain-number';
import { parseEstimate } from '$lib/quiz/estimate';
import type { Question } from '$lib/quiz/types';
import { SLIDER_START } from './slider';

/** The slider's position (0 to 1000) on a log scale between the range's ends, to 3 significant digits. */
export function fromPosition(position: number, min: number, max: number): number {
	const value = min * (max / min) ** (Math.min(1000, Math.max(0, position)) / 1000);
	return normalise(Number(value.toPrecision(3)));
}

export type ReadAnswer = { ok: true; answer: string } | { ok: false; error: string };

function readEstimate(range: { min: number; max: number }, form: FormData): ReadAnswer {
	const typed = String(form.get('typed') ?? '');
	if (typed.trim() !== '') {
		const parsed = parseEstimate(typed);
		return parsed.ok ? { ok: true, answer: String(normalise(parsed.value)) } : parsed;
	}
	const raw = form.get('position');
	const position = Number(raw);
	// The script marks a slider the student moved; without it, a slider at its start was never touched.
	const moved = form.get('moved') === '1' || position !== SLIDER_START;
	if (raw === null || raw === '' || !Number.isFinite(position) || !moved) {
		return { ok: false, error: 'Move the slider to your estimate, or type a number.' };
	}
	return { ok: true, answer: String(fromPosition(position, range.min, range.max)) };
}

export function readAnswer(question: Question, form: FormData): ReadAnswer {
	if (question.kind === 'estimate' && question.range) return readEstimate(question.range, form);
	const values = question.choices.map((c) => c.value);
	const given = form
		.getAll('answer')
		.map(String)
		.filter((v) => values.includes(v));
	if (question.multiple) {
		return given.length
			? { ok: true, answer: [...new Set(given)].sort().join(',') }
			: { ok: false, error: 'Tick at least one box first.' };
	}
	return given[0] !== undefined
		? { ok: true, answer: given[0] }
		: { ok: false, error: 'Choose an answer first.' };
}
