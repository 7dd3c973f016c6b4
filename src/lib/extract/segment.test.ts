import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isWordOrDot, nextWord, sentences } from './segment';

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

describe('segment character tests', () => {
	it('class every UTF-16 code unit as the pattern it stands for does', () => {
		for (let c = 0; c < 0x10000; c++) {
			const ch = String.fromCharCode(c);
			if (isWordOrDot(ch, 0) !== /[\p{L}\p{N}.]/u.test(ch)) expect([c, 'word or dot']).toBe('');
		}
	});
	it('reads the next word as `^[\\p{L}\\p{N}]+` over 40 characters does', () => {
		const unit = fc.constantFrom(...'aZ09 .-é\u00a0’'.split(''), '𝐀', 'İ');
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 50 }), fc.nat(5), (text, i) => {
				const m = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
				expect(nextWord(text, i)).toBe(m ? m[0] : '');
			}),
			{ numRuns: 1000 }
		);
		expect(nextWord('x'.repeat(60), 0)).toHaveLength(40);
	});
});
