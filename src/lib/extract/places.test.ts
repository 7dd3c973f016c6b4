import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testkit';

describe('places', () => {
	it('reads a demonym and a government word as a body of that country', () => {
		const [a] = mentionsOf(['The French government said no.']);
		expect(a![0]!.slice(1, 3)).toEqual(['French government', 'agency']);
	});
	it('reads a possessive place and a ministry as one body, and a bare place as a place', () => {
		const [a] = mentionsOf(["Canada's foreign ministry said no in Ottawa."]);
		expect(a!.map((m) => [m[0], m[2]])).toEqual([
			["Canada's foreign ministry", 'agency'],
			['Ottawa', 'place']
		]);
	});
});
