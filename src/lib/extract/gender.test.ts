import { describe, expect, it } from 'vitest';
import { pronounFits, roleGender } from './gender';

describe('gender', () => {
	it('reads a gendered role, not a possessive one', () => {
		expect(roleGender('spokeswoman for the council')).toBe('f');
		expect(roleGender('chairman of the board')).toBe('m');
		expect(roleGender("the senator's husband")).toBeNull();
		expect(roleGender('director')).toBeNull();
	});
	it('lets a pronoun fit an unknown gender or its own', () => {
		expect(pronounFits('she', 'm')).toBe(false);
		expect(pronounFits('he', 'm')).toBe(true);
		expect(pronounFits('he', null)).toBe(true);
		expect(pronounFits('they', 'f')).toBe(true);
	});
});
