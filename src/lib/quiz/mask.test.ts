import { describe, expect, it } from 'vitest';
import type { Entity } from '$lib/extract/types';
import { mask, namedIn, organisationsIn } from './mask';

const spokesperson = (role: string): Entity =>
	({
		id: 'x',
		name: 'Agency spokesperson',
		aliases: [],
		type: 'person',
		role
	}) as unknown as Entity;

describe('organisationsIn', () => {
	it('reads an organisation of several words whole, before its own words', () => {
		expect(organisationsIn('spokesperson for the Department of Health')).toEqual([
			'Department of Health',
			'Health'
		]);
		expect(organisationsIn('head of the Bank of England')[0]).toBe('Bank of England');
		expect(organisationsIn("Cisco's chief executive")).toEqual(['Cisco']);
		// A title ends the name: "Fire Chief" is the fire service's chief, not a body "Fire Chief".
		expect(organisationsIn('Fire Chief')).toEqual(['Fire']);
		// Titles and places alone name no organisation.
		expect(organisationsIn('spokesperson for the Chinese Foreign Ministry')).toEqual([]);
		expect(organisationsIn(null)).toEqual([]);
	});
});

describe('mask', () => {
	it('hides a speaker’s organisation whole, never half of its name', () => {
		const text =
			'A spokesperson for the Department of Health said the government had invested more.';
		expect(mask(text, [spokesperson('spokesperson for the Department of Health')]).text).toBe(
			'A spokesperson for [their organisation] said the government had invested more.'
		);
		expect(
			mask('The Bank of England said so.', [spokesperson('head of the Bank of England')]).text
		).toBe('[Their organisation] said so.');
	});
	it('hides a person named by the surname alone, as written', () => {
		const pryor = { ...spokesperson(''), name: 'Jean Pryor', role: 'Councilwoman' } as Entity;
		expect(mask('"We inspected it twice," Pryor said.', [pryor]).text).toBe(
			'"We inspected it twice," [the speaker] said.'
		);
		const young = { ...spokesperson(''), name: 'Ana Young', role: null } as unknown as Entity;
		expect(mask('Young said young people agree.', [young]).text).toBe(
			'[the speaker] said young people agree.'
		);
		expect([namedIn('Pryor said so.', pryor), namedIn('A pryor said so.', pryor)]).toEqual([
			true,
			false
		]);
	});
});
