import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { shapeOf } from './run-shape';

/** The shape of a whole text read as one capitalised run. */
function shape(text: string) {
	const tokens = tokenize(text, 0, text.length, [{ start: 0, end: text.length }], []);
	return shapeOf(
		tokens,
		0,
		tokens.length,
		0,
		tokens.map((t) => t.t)
	);
}

describe('run shapes', () => {
	it('puts a name after its title, the word after a title\'s "of" included', () => {
		const s = shape('Secretary of State Ana Ruiz');
		expect(s.words.slice(s.last + 1)).toEqual(['Ana', 'Ruiz']);
		expect(s.titled).toBe(true);
	});
	it('reads a surname after a courtesy title, and a title-word surname after a first name', () => {
		const mr = shape('Mr. King');
		expect(mr.words.slice(mr.last + 1)).toEqual(['King']);
		const dana = shape('Dana King');
		expect(dana.last).toBe(-1);
		expect(dana.titled).toBe(false);
	});
	it('marks both words of a two-word place, and organisation and media words', () => {
		expect([...shape('Hong Kong Police').multiPlace].sort()).toEqual([0, 1]);
		expect(shape('Northland Transport Ministry').hasOrg).toBe(true);
		const herald = shape('Lakeside Herald');
		expect([herald.hasOrg, herald.hasMedia]).toEqual([false, true]);
	});
	it('gives a plain name no title, place or organisation word', () => {
		const s = shape('Tom F. Alder');
		expect([s.last, s.titled, s.hasOrg, s.hasMedia, s.multiPlace.size]).toEqual([
			-1,
			false,
			false,
			false,
			0
		]);
	});
});
