import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { sentences } from './segment';
import { MEDIA_WORDS, ORG_WORDS, PLACES, TITLE_WORDS } from './lexicon';
import {
	NAME_WORD,
	baseWord,
	isAcronym,
	isMediaWord,
	isNameWord,
	isOrgWord,
	isPossessive,
	isTitle,
	norm,
	placeOf,
	runEnd
} from './words';

const toks = (t: string) => tokenize(t, 0, t.length, sentences(t, 0, t.length), []);

describe('words', () => {
	it('knows name words, with inner capitals, apostrophes and hyphens', () => {
		for (const w of ['Lee', 'McAllister', "O'Dwyer", 'Okafor-Reyes', 'DeLuca'])
			expect(NAME_WORD.test(w), w).toBe(true);
		for (const w of ['lee', 'USA', 'O', 'Mr.', 'B2B']) expect(NAME_WORD.test(w), w).toBe(false);
	});
	it('tests a long non-name in linear time', () => {
		expect(NAME_WORD.test('A' + 'b'.repeat(50_000) + '1')).toBe(false);
	});
	it('tells acronyms and possessives', () => {
		expect(isAcronym('NCIRC')).toBe(true);
		expect(isAcronym('Nasa')).toBe(false);
		expect(isPossessive('Acme’s')).toBe(true);
		expect(isPossessive('Acme')).toBe(false);
	});
	it('normalises text for keys', () => {
		expect(norm('  The “Acme”  Group’s ')).toBe("the acme group's");
	});
	it('ends a capitalised run at the right word', () => {
		const t = toks('The Bank of Northland said Lula da Silva met Dana Holt today.');
		const end = (i: number) =>
			t
				.slice(i, runEnd(t, i))
				.map((x) => x.t)
				.join(' ');
		expect(end(1)).toBe('Bank of Northland');
		expect(end(5)).toBe('Lula da Silva');
		expect(end(9)).toBe('Dana Holt');
	});
});

describe('word normalizers, read by char code', () => {
	it('agree with their definitions as regular expressions', () => {
		const chars = fc.constantFrom(..."aZ9 '’sS.-éİK\u00a0\t".split(''));
		fc.assert(
			fc.property(fc.string({ unit: chars, maxLength: 12 }), (w) => {
				expect(baseWord(w)).toBe(w.replace(/['’]s?$/i, ''));
				expect(isPossessive(w)).toBe(/['’]s?$/i.test(w) && w.length > 2);
				expect(norm(w)).toBe(
					w
						.toLowerCase()
						.replace(/[’]/g, "'")
						.replace(/[^\p{L}\p{N}' ]+/gu, ' ')
						.replace(/\s+/g, ' ')
						.trim()
				);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('word facts, remembered per word', () => {
	it('agree with the word lists, also once many words have been seen', () => {
		const words = fc.constantFrom(
			'France',
			"France's",
			'FRENCH’S',
			'Ministry',
			'ministry',
			'Herald',
			'Times’',
			'Dr.',
			'Senator',
			'Lee',
			'DeLuca',
			'constructor',
			''
		);
		const check = (w: string) => {
			const base = baseWord(w).toLowerCase();
			const lw = w.toLowerCase();
			expect(placeOf(w), w).toBe(PLACES[base] ?? null);
			expect(isTitle(w), w).toBe(TITLE_WORDS.has(lw.endsWith('.') ? lw.slice(0, -1) : lw));
			expect(isOrgWord(w), w).toBe(ORG_WORDS.has(base));
			expect(isMediaWord(w), w).toBe(MEDIA_WORDS.has(base));
			expect(isNameWord(w), w).toBe(NAME_WORD.test(w));
		};
		fc.assert(fc.property(words, check), { numRuns: 200 });
		// Past the memory's bound it starts again; the answers stay the same.
		for (let k = 0; k < 60_000; k++) isTitle(`W${k}`);
		fc.assert(fc.property(words, check), { numRuns: 200 });
	}, 30_000);
});
