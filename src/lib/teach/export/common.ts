/** What every export shares: the question as one readable stem, its source line, and what a format leaves out. */
import { toCsv } from '$lib/share/csv';
import { isEstimate, type AnswerKey, type KeyQuestion } from '../answer-key';

export interface ExportFile {
	body: string | Uint8Array;
	type: string;
	/** File name offered for download. */
	filename: string;
	/** Questions the format cannot express, with why, so the teacher is told. */
	leftOut: LeftOut[];
}

/** A CSV template file: a UTF-8 byte-order mark first, so spreadsheet programs keep accents and emoji. */
export function csvFile(
	key: AnswerKey,
	format: string,
	rows: (string | number | null)[][],
	leftOut: LeftOut[]
): ExportFile {
	return {
		body: '\ufeff' + toCsv(rows),
		type: 'text/csv; charset=utf-8',
		filename: `${fileBase(key)}.${format}.csv`,
		leftOut
	};
}

export interface LeftOut {
	id: string;
	number: number;
	why: string;
}

/** Absolute links need the site's origin: exports are opened outside this site. */
export interface ExportOptions {
	origin: string;
}

/** The stem as a student reads it: the prompt, then the quote or sentence it is about. */
export function stemOf(q: KeyQuestion): string {
	if (!q.text) return q.prompt;
	const text = q.textIsQuote ? `“${q.text}”` : q.text;
	return `${q.prompt} ${text}`;
}

/** Who claims it and where it is, for feedback: every exported question keeps its provenance. */
export function sourceLine(q: KeyQuestion, options: ExportOptions): string {
	const s = q.source;
	const date = s.published ? ` (${s.published})` : '';
	const title = s.title ? `, “${s.title}”` : '';
	return `Source: ${s.outlet}${title}${date}, paragraph ${s.paragraph}: ${options.origin}${s.href}`;
}

export function feedbackOf(q: KeyQuestion, options: ExportOptions): string {
	const note = q.note ? `${q.note} ` : '';
	return `Answer: ${q.answerLabel}. ${note}${sourceLine(q, options)}`;
}

/** Single-answer choice questions: what the simplest formats (Aiken, Gimkit) can hold. */
export function singleAnswer(q: KeyQuestion): boolean {
	return !isEstimate(q.answer) && !q.multiple && q.answer.values.length === 1;
}

export function fileBase(key: AnswerKey): string {
	return `attributed-${key.module}-${key.seed}`;
}

/** Why a question was left out of a format that takes only single-answer choices. */
export function notSingle(q: KeyQuestion): string {
	if (isEstimate(q.answer)) return 'an estimate (a number typed in) has no choices';
	return 'more than one choice is right';
}

/** Splits questions into those a format keeps and those it leaves out, numbered as in the round. */
export function partition(
	key: AnswerKey,
	keep: (q: KeyQuestion) => boolean,
	why: (q: KeyQuestion) => string
) {
	const kept: { q: KeyQuestion; number: number }[] = [];
	const leftOut: LeftOut[] = [];
	key.questions.forEach((q, i) => {
		if (keep(q)) kept.push({ q, number: i + 1 });
		else leftOut.push({ id: q.id, number: i + 1, why: why(q) });
	});
	return { kept, leftOut };
}

/** One line: formats that separate by lines or tabs must not meet them inside a cell. */
export function oneLine(text: string): string {
	return text.replace(/[\t\r\n]+/g, ' ').trim();
}

/** Cuts text to a limit at a word, marking the cut with an ellipsis. */
export function clipTo(text: string, limit: number): string {
	if ([...text].length <= limit) return text;
	const cut = [...text].slice(0, limit - 1).join('');
	const space = cut.lastIndexOf(' ');
	return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
