import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isEstimate } from '../answer-key';
import { expectSource, keys, ORIGIN, rightLabels } from './fixture';
import { toMoodleXml } from './moodle';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => name === 'question' || name === 'answer',
	parseTagValue: false
});

interface MoodleAnswer {
	'@fraction': string;
	text: string;
	tolerance?: string;
	feedback: { text: string };
}

describe('Moodle XML export, read back by an XML parser', () => {
	it('is well-formed and keeps every question, its answers and its source', () => {
		for (const key of keys()) {
			const xml = toMoodleXml(key, { origin: ORIGIN }).body as string;
			expect(XMLValidator.validate(xml)).toBe(true);
			const questions = parser.parse(xml).quiz.question as Record<string, unknown>[];
			expect(questions[0]!['@type']).toBe('category');
			const asked = questions.slice(1);
			expect(asked).toHaveLength(key.questions.length);
			key.questions.forEach((q, i) => {
				const question = asked[i] as {
					'@type': string;
					questiontext: { text: string };
					generalfeedback: { text: string };
					single?: string;
					answer: MoodleAnswer[];
				};
				expect(question.questiontext.text).toContain(q.prompt);
				if (q.text) expect(question.questiontext.text).toContain(q.text);
				expectSource(question.generalfeedback.text, q);
				const answer = q.answer;
				if (isEstimate(answer)) {
					expect(question['@type']).toBe('numerical');
					const ranges = question.answer.map((a) => {
						const mid = Number(a.text);
						const tolerance = Number(a.tolerance);
						return [Number(a['@fraction']), mid - tolerance, mid + tolerance];
					});
					expect(ranges[0]![0]).toBe(100);
					expect(ranges[0]![1]).toBeCloseTo(answer.exact[0], 6);
					expect(ranges[0]![2]).toBeCloseTo(answer.exact[1], 6);
					expect(ranges[1]![0]).toBe(50);
					expect(ranges[1]![1]).toBeCloseTo(answer.close[0], 6);
					expect(ranges[1]![2]).toBeCloseTo(answer.close[1], 6);
				} else {
					expect(question['@type']).toBe('multichoice');
					expect(question.single).toBe(q.multiple ? 'false' : 'true');
					expect(question.answer.map((a) => a.text)).toEqual(q.choices.map((c) => c.label));
					const credited = question.answer.filter((a) => Number(a['@fraction']) > 0);
					expect(credited.map((a) => a.text)).toEqual(rightLabels(q));
					const total = credited.reduce((sum, a) => sum + Number(a['@fraction']), 0);
					expect(total).toBeCloseTo(100, 3);
				}
				for (const a of question.answer) expectSource(a.feedback.text, q);
			});
		}
	});
});
