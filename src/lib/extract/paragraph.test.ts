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
	it('tokenizes a paragraph with any letter, in any script, or with a quote', () => {
		expect(read('Ça coûte 40').tokens.map((t) => t.t)).toEqual(['Ça', 'coûte', '40']);
		expect(read('Σ 40').tokens.map((t) => t.t)).toEqual(['Σ', '40']);
		expect(read('“40, 12,” 9').tokens.map((t) => t.t)).toEqual([
			'“',
			'40',
			',',
			'12',
			',',
			'”',
			'9'
		]);
	});
	it('finds the people a paragraph names', () => {
		expect(read('Ana Ruiz counted 40 ships.').mentions.map((m) => m.ent.name)).toEqual([
			'Ana Ruiz'
		]);
	});
});
