/** Issue 10: in an interview the answer is the interviewee's and the question the interviewer's. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const speakers = (text: string): (string | null)[] =>
	extractArticle(text, 't.txt').quotes.map((q) => q.speaker);

const FORUM = 'Mayor Hal Kent spoke at the forum.\n\n';

describe('interviewer and interviewee', () => {
	it('gives each turn of a question-and-answer exchange to who spoke it', () => {
		expect(
			speakers(
				`${FORUM}"Are you running?" Tom Ruiz asked.\n\n"I am not," Kent said. "Not this year."\n\n"Why not?" Ruiz asked.\n\n"Family," Kent said.`
			)
		).toEqual(['Tom Ruiz', 'Hal Kent', 'Hal Kent', 'Tom Ruiz', 'Hal Kent']);
		expect(
			speakers(
				`${FORUM}"Would you raise taxes?" Dina Ruiz pressed.\n\n"Not this year," Kent answered.`
			)
		).toEqual(['Dina Ruiz', 'Hal Kent']);
	});

	it('gives the answer after "asked" to the one asked', () => {
		expect(speakers(`${FORUM}Tom Ruiz asked Kent whether he would run. "Never," he said.`)).toEqual(
			['Hal Kent']
		);
		expect(
			speakers(`${FORUM}The host, Tom Ruiz, asked Kent whether he would run.\n\n"Never," he said.`)
		).toEqual(['Hal Kent']);
		expect(
			speakers(
				`${FORUM}Mayor Hal Kent was asked by the moderator, Tom Ruiz, whether he would run again.\n\n"No," he said.`
			)
		).toEqual(['Hal Kent']);
		expect(
			speakers(`${FORUM}Kent was asked by reporters whether he would run again. "No," he said.`)
		).toEqual(['Hal Kent']);
		expect(
			speakers(
				`${FORUM}Once Tom Ruiz of KXTV had asked the mayor whom he would back, Kent replied, "I would back Lee."\n\n"Hope is not a plan," he added.`
			)
		).toEqual(['Hal Kent', 'Hal Kent']);
		expect(
			speakers(
				`${FORUM}Asked by the host, Tom Ruiz, whether he would run, the mayor said no. "Never," he said.`
			)
		).toEqual(['Hal Kent']);
	});

	it('gives what is said in an interview to the interviewee, not the interviewer', () => {
		expect(
			speakers(
				`${FORUM}In an interview with Tom Ruiz, Kent said he was "done." "It is over," he said.`
			)
		).toEqual(['Hal Kent', 'Hal Kent']);
		expect(
			speakers(
				`${FORUM}"I am not running," Kent told interviewer Tom Ruiz. "Not this year," he added.`
			)
		).toEqual(['Hal Kent', 'Hal Kent']);
		expect(
			speakers('Mayor Hal Kent told interviewer Tom Ruiz that he was "done with politics."')
		).toEqual(['Hal Kent']);
	});
});
