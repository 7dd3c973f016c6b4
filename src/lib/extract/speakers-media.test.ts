/** Issue 10: the programme, medium or listener is never the speaker; the one who said or told is. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const speakers = (text: string): (string | null)[] =>
	extractArticle(text, 't.txt').quotes.map((q) => q.speaker);

const QUILL = 'Senator Mara Quill voted no.\n\n';
const KENT = 'Mayor Hal Kent spoke.\n\n';

describe('a programme or medium is no speaker', () => {
	it('credits who said it on a programme, not the programme', () => {
		expect(speakers('"We stay," Senator Mara Quill said on Weekend Roundtable.')).toEqual([
			'Mara Quill'
		]);
		expect(speakers(`${KENT}"We are fine," Kent said on KXTV's Weekend Roundtable.`)).toEqual([
			'Hal Kent'
		]);
		expect(
			speakers(`${QUILL}Appearing on Weekend Roundtable, Quill called the plan "dead on arrival."`)
		).toEqual(['Mara Quill']);
		expect(
			speakers(
				`${KENT}Appearing on KXTV's Weekend Roundtable, the mayor said the plan was "a mess."`
			)
		).toEqual(['Hal Kent']);
		expect(
			speakers(
				`${QUILL}Speaking to Harbor Radio in Fernvale, which votes next month, Quill called the plan "a mess."`
			)
		).toEqual(['Mara Quill']);
	});

	it('credits who told an outlet, not the outlet', () => {
		expect(speakers('"We stay," Senator Mara Quill told the Harbor Courier.')).toEqual([
			'Mara Quill'
		]);
		expect(speakers('Senator Mara Quill told the Harbor Courier: "We stay."')).toEqual([
			'Mara Quill'
		]);
		expect(
			speakers(`${QUILL}Quill again Tuesday told Harbor Radio: "We are not going anywhere."`)
		).toEqual(['Mara Quill']);
		expect(
			speakers('Senator Mara Quill told Channel Four News that the plan was "dead on arrival."')
		).toEqual(['Mara Quill']);
		expect(
			speakers('"We stay," Senator Mara Quill said in an interview with the Harbor Courier.')
		).toEqual(['Mara Quill']);
		expect(
			speakers('In an interview with the Harbor Courier, Senator Mara Quill said: "We stay."')
		).toEqual(['Mara Quill']);
	});

	it('credits who wrote on a platform or in a post, not the platform', () => {
		expect(
			speakers('Senator Mara Quill wrote on Twitter that the plan was "dead on arrival."')
		).toEqual(['Mara Quill']);
		expect(
			speakers('Senator Mara Quill wrote in a blog post that the plan was "dead on arrival."')
		).toEqual(['Mara Quill']);
		expect(speakers(`${QUILL}Quill turned to Twitter to call the plan "a mess."`)).toEqual([
			'Mara Quill'
		]);
		expect(
			speakers(`${QUILL}Quill shared a note on Facebook reading "Thank you, voters."`)
		).toEqual(['Mara Quill']);
		expect(speakers(`${KENT}Kent wrote on Facebook: "The plan is dead on arrival."`)).toEqual([
			'Hal Kent'
		]);
	});

	it('lets the speaker go on when the lead names only the medium', () => {
		expect(
			speakers(
				'Senator Mara Quill voted no, and then denied it.\n\nBy Friday, on KXTV: "That was never my plan."'
			)
		).toEqual(['Mara Quill']);
	});
});
