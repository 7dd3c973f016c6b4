import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testkit';

describe('bare names', () => {
	it('reads one capitalised word as a bare name, and refers it to the full name known', () => {
		const [a, b] = mentionsOf(['Dana Holt arrived.', 'Later, Holt left.']);
		expect(a![0]![1]).toBe('Dana Holt');
		expect(b).toContainEqual(['Holt', 'Dana Holt', 'person', 'name']);
	});
	it('reads a sentence-opening common-noun phrase as a group, not a name', () => {
		const [a] = mentionsOf(['Rail workers’ unions rejected the offer.']);
		expect(a![0]).toEqual(['Rail workers’ unions', 'Rail workers’ unions', 'group', 'name']);
	});
});
