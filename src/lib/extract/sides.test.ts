import { describe, expect, it } from 'vitest';
import { Registry } from './entities';
import { countryIn, inferSide, partyKind } from './sides';

describe('sides by general rules', () => {
	it('names the kind of party, never a country', () => {
		const reg = new Registry();
		const ministry = reg.create('Foreign Ministry', 'agency');
		ministry.country = 'france';
		expect(inferSide(ministry)).toBe('government');
		const prof = reg.create(
			'Ma Lin',
			'person',
			'professor of political science at Bucknell University'
		);
		expect(inferSide(prof)).toBe('academic');
		expect(partyKind('Harbour Bank', 'agency')).toBe('company');
		expect(partyKind('Evening Courier, a daily newspaper', 'agency')).toBe('media');
		expect(partyKind('Internet Media Research Center', 'agency')).toBe('government');
		expect(partyKind('Transit Workers Union', 'agency')).toBe('other');
	});

	it('reads the country a name or role places its bearer in', () => {
		expect(countryIn("France's Ministry of Culture")).toBe('france');
		expect(countryIn('U.S. Attorney General')).toBe('us');
		expect(countryIn('the Justice Department')).toBe('us');
		expect(countryIn('South Korea’s trade office')).toBe('korea');
		expect(countryIn('the Transit Workers Union')).toBeNull();
	});
});
