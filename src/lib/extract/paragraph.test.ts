import { describe, expect, it } from 'vitest';
import { readParagraph } from './paragraph';
import { Registry } from './entities';

const read = (text: string) =>
	readParagraph(
		text,
		{ start: 0, end: text.length, text, paragraph: 1 },
		1,
		undefined,
		new Registry()
	);

describe('readParagraph', () => {
	it('reads a row of numbers without tokens or mentions', () => {
		const p = read('40, 12, 9 — $3; 7%');
		expect(p.tokens).toEqual([]);
		expect(p.mentions).toEqual([]);
	});
	it('tokenizes a paragraph with any letter, in any script', () => {
		expect(read('Ça coûte 40').tokens.map((t) => t.t)).toEqual(['Ça', 'coûte', '40']);
		expect(read('Σ 40').tokens.map((t) => t.t)).toEqual(['Σ', '40']);
	});
	it('reads quotes without a letter without tokens, unless something comes before one in its sentence', () => {
		// Nothing before the quote: it can only go on from a speaker, which needs no token.
		expect(read('“40, 12,” 9').tokens).toEqual([]);
		expect(read('“1”').tokens).toEqual([]);
		expect(read('“1.” “2.”').tokens).toEqual([]);
		// "9 “40”": a lead keeps the quote from going on from a speaker; attribution reads the tokens.
		expect(read('9 “40, 12”').tokens.map((t) => t.t)).toEqual(['9', '“', '40', ',', '12', '”']);
		expect(read('“1.” 2 “3.”').tokens.map((t) => t.t)).toEqual([
			'“',
			'1',
			'.',
			'”',
			'2',
			'“',
			'3',
			'.',
			'”'
		]);
	});
	it('finds the people a paragraph names', () => {
		expect(read('Ana Ruiz counted 40 ships.').mentions.map((m) => m.ent.name)).toEqual([
			'Ana Ruiz'
		]);
	});
});
