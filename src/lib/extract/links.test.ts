import { describe, expect, it } from 'vitest';
import { similarity, wordChanges } from './links';

describe('links', () => {
	it('measures shared words', () => {
		expect(similarity(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
		expect(similarity(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'y'])).toBe(0.5);
	});
	it('records wording differences', () => {
		expect(wordChanges('across the Internet,', 'across the internet,')).toEqual([
			'"Internet," → "internet,"'
		]);
		expect(wordChanges('we will act', 'we will act now')).toEqual(['+ "now"']);
		expect(wordChanges('we will act now', 'we act now')).toEqual(['− "will"']);
	});
});
