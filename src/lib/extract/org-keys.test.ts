import { describe, expect, it } from 'vitest';
import { coreKey, orgKey, orgKeys } from './org-keys';

describe('organisation keys', () => {
	it('turns "X of Y" round and drops the determiner', () => {
		expect(orgKey('the Ministry of Transport')).toBe(orgKey('Transport Ministry'));
		expect(orgKey('Office of Budget')).toBe('budget office');
	});
	it('qualifies a key by the country named with it, and keeps a long core on its own', () => {
		expect(orgKey('French Transport Ministry')).toMatch(/^france:/);
		expect(orgKeys('French National Railway Safety Board')).toContain(
			'national railway safety board'
		);
		expect(coreKey('French Transport Ministry')).toBe('transport ministry');
	});
});
