import { describe, expect, it } from 'vitest';
import { sentences } from './segment';

const split = (t: string): string[] =>
	sentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
	it('splits at sentence ends', () => {
		expect(split('It rained. Then it stopped! Did it? Yes.')).toEqual([
			'It rained.',
			'Then it stopped!',
			'Did it?',
			'Yes.'
		]);
	});
	it('does not split after abbreviations', () => {
		expect(split('The U.S. government and Acme Inc. said so. Mr. Smith agreed.')).toEqual([
			'The U.S. government and Acme Inc. said so.',
			'Mr. Smith agreed.'
		]);
		expect(split('A Palo Alto, Calif.-based company said. Next one.')).toHaveLength(2);
		expect(split('He lives in Calif. He said no.')).toEqual(['He lives in Calif.', 'He said no.']);
		expect(split('Sanctions on the Acme Steel Corp. were lifted.')).toHaveLength(1);
	});
	it('keeps closing quotes with their sentence', () => {
		expect(split('"We will win." Then he left.')).toEqual(['"We will win."', 'Then he left.']);
	});
	it('does not split inside an ellipsis followed by lowercase', () => {
		expect(split('across the region...so the newest data is old.')).toHaveLength(1);
	});
});
