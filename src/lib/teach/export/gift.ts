/** Moodle GIFT: choices with per-choice feedback, tick-all with split weights, estimates as numeric ranges. */
import { isEstimate, type AnswerKey, type KeyQuestion } from '../answer-key';
import { feedbackOf, fileBase, stemOf, type ExportFile, type ExportOptions } from './common';

/** GIFT's control characters are escaped with a backslash; line breaks would end the question. */
export function giftEscape(text: string): string {
	return text.replace(/[\r\n]+/g, ' ').replace(/([~=#{}:\\])/g, '\\$1');
}

function percent(n: number): string {
	return Number((100 / n).toFixed(5)).toString();
}

function answersOf(q: KeyQuestion, feedback: string): string[] {
	const answer = q.answer;
	if (isEstimate(answer)) {
		const [lo, hi] = answer.exact;
		const [closeLo, closeHi] = answer.close;
		return [`=%100%${lo}..${hi}#${feedback}`, `=%50%${closeLo}..${closeHi}#Close. ${feedback}`];
	}
	if (q.multiple) {
		const right = answer.values;
		const wrong = q.choices.length - right.length;
		return q.choices.map((c) =>
			right.includes(c.value)
				? `~%${percent(right.length)}%${giftEscape(c.label)}`
				: `~%-${wrong > 0 ? percent(wrong) : 100}%${giftEscape(c.label)}`
		);
	}
	return q.choices.map((c) =>
		answer.values.includes(c.value) ? `=${giftEscape(c.label)}` : `~${giftEscape(c.label)}`
	);
}

function question(q: KeyQuestion, number: number, options: ExportOptions): string {
	const feedback = giftEscape(feedbackOf(q, options));
	const numeric = isEstimate(q.answer) ? '#' : '';
	const unit = isEstimate(q.answer) && q.answer.unit ? ` (in ${q.answer.unit})` : '';
	return [
		`// ${q.id}`,
		`::${giftEscape(`Q${number} ${q.kind}`)}::${giftEscape(stemOf(q) + unit)} {${numeric}`,
		...answersOf(q, feedback).map((line) => `\t${line}`),
		`\t####${feedback}`,
		'}'
	].join('\n');
}

export function toGift(key: AnswerKey, options: ExportOptions): ExportFile {
	const header = `// Attributed: ${key.title}, seed ${key.seed}. ${options.origin}${key.link}`;
	const body = [header, ...key.questions.map((q, i) => question(q, i + 1, options))].join('\n\n');
	return {
		body: body + '\n',
		type: 'text/plain; charset=utf-8',
		filename: `${fileBase(key)}.gift.txt`,
		leftOut: []
	};
}
