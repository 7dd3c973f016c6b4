/** Moodle XML: multichoice (single or multiple) and numerical questions, each with the source as general feedback. */
import { isEstimate, type AnswerKey, type KeyQuestion } from '../answer-key';
import { feedbackOf, fileBase, stemOf, type ExportFile, type ExportOptions } from './common';
import { xmlEscape } from './xml';

const text = (value: string) => `<text>${xmlEscape(value)}</text>`;

function answerXml(fraction: number, answer: string, feedback: string, extra = ''): string {
	return (
		`    <answer fraction="${fraction}" format="plain_text">${text(answer)}${extra}` +
		`<feedback format="plain_text">${text(feedback)}</feedback></answer>`
	);
}

function fractionOf(n: number): number {
	return Number((100 / n).toFixed(5));
}

function answers(q: KeyQuestion, feedback: string): string[] {
	const answer = q.answer;
	if (isEstimate(answer)) {
		// Moodle's tolerance is symmetric: each range becomes its midpoint plus or minus half its width.
		const range = ([lo, hi]: [number, number], fraction: number, note: string) =>
			answerXml(
				fraction,
				String((lo + hi) / 2),
				note + feedback,
				`<tolerance>${(hi - lo) / 2}</tolerance>`
			);
		return [range(answer.exact, 100, ''), range(answer.close, 50, 'Close. ')];
	}
	const right = answer.values;
	const wrongCount = q.choices.length - right.length;
	return q.choices.map((c) => {
		const isRight = right.includes(c.value);
		const fraction = q.multiple
			? isRight
				? fractionOf(right.length)
				: -fractionOf(Math.max(1, wrongCount))
			: isRight
				? 100
				: 0;
		return answerXml(fraction, c.label, isRight ? feedback : `Not quite. ${feedback}`);
	});
}

function questionXml(q: KeyQuestion, number: number, options: ExportOptions): string {
	const feedback = feedbackOf(q, options);
	const type = isEstimate(q.answer) ? 'numerical' : 'multichoice';
	const unit = isEstimate(q.answer) && q.answer.unit ? ` (in ${q.answer.unit})` : '';
	const lines = [
		`  <question type="${type}">`,
		`    <name>${text(`Q${number} ${q.kind} ${q.id}`)}</name>`,
		`    <questiontext format="plain_text">${text(stemOf(q) + unit)}</questiontext>`,
		`    <generalfeedback format="plain_text">${text(feedback)}</generalfeedback>`,
		'    <defaultgrade>1</defaultgrade>'
	];
	if (type === 'multichoice') {
		lines.push(
			`    <single>${q.multiple ? 'false' : 'true'}</single>`,
			// The round's order is the quiz's: the same as the students' devices and the printout.
			'    <shuffleanswers>0</shuffleanswers>',
			'    <answernumbering>abc</answernumbering>'
		);
	}
	lines.push(...answers(q, feedback), '  </question>');
	return lines.join('\n');
}

export function toMoodleXml(key: AnswerKey, options: ExportOptions): ExportFile {
	const category = `$course$/Attributed/${key.title} (seed ${key.seed})`;
	const body = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		`  <question type="category"><category>${text(category)}</category></question>`,
		...key.questions.map((q, i) => questionXml(q, i + 1, options)),
		'</quiz>',
		''
	].join('\n');
	return {
		body,
		type: 'application/xml; charset=utf-8',
		filename: `${fileBase(key)}.moodle.xml`,
		leftOut: []
	};
}
