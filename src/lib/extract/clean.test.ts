import { describe, expect, it } from 'vitest';
import { clean, furnitureReason } from './clean';

describe('clean', () => {
	it('drops page furniture lines and keeps raw offsets', () => {
		const raw =
			'A headline of several words\n\nListen to article\n\nA real paragraph with enough words to count as the body of the article, really.\n\nShare this article\n0:00\n12:40';
		const c = clean(raw);
		expect(c.furniture.map((f) => f.text)).toEqual([
			'Listen to article',
			'Share this article',
			'0:00',
			'12:40'
		]);
		for (const f of c.furniture) expect(raw.slice(f.start, f.end)).toBe(f.text);
		expect(c.paragraphs.map((p) => p.paragraph)).toEqual([1, 3]);
	});
	it('recognises related links, icon residue, bylines and timestamps', () => {
		expect(furnitureReason('[Related: Something else entirely ]')).toBe('related link');
		expect(furnitureReason('icon sharebicon shareicon mailicon printicon')).toBe('icon residue');
		expect(furnitureReason('By Jane Doe')).toBe('byline');
		expect(furnitureReason('3 June, 2021 18:45')).toBe('timestamp');
		expect(furnitureReason('The minister said the plan was sound.')).toBeNull();
	});
	it('counts paragraphs as non-empty lines, furniture included', () => {
		const c = clean(
			'One\n\n  \nTwo words here and more words to make a body paragraph long enough ok.\nThree'
		);
		expect(c.lines.map((l) => l.paragraph)).toEqual([1, 2, 3]);
	});
	it('treats short navigation words around the body as furniture', () => {
		const c = clean(
			'Z\nScience\n\nA real paragraph with enough words to count as the body of the article, really.\n\nMore about'
		);
		expect(c.furniture.map((f) => f.reason)).toEqual(['navigation', 'navigation', 'navigation']);
	});
});
