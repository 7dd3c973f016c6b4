import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const speakerOf = (text: string): (string | null)[] =>
	extractArticle(text, 't.txt').quotes.map((q) => q.speaker);

describe('document owners', () => {
	it('credits a report to whoever issued it', () => {
		expect(
			speakerOf(
				'The line closed in May.\nA report by the Northland Rail Board called the track “unsafe at any speed.”'
			)
		).toEqual(['Northland Rail Board']);
	});
	it('credits a statement to the subject that issued it', () => {
		expect(
			speakerOf(
				'The line closed in May.\nThe Lakeside Council said in a statement that the closure was “a last resort.”'
			)
		).toEqual(['Lakeside Council']);
	});
});
