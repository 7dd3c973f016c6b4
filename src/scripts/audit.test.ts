// The question audit (npm run audit) with a few seeds: every rule holds against the answer key.
import { describe, expect, it } from 'vitest';
import { audit } from './audit';
import { emptyCounts } from './audit/rules';

describe('npm run audit, with few seeds', () => {
	it('finds no violation of any rule in rounds of every module', () => {
		const result = audit(6);
		expect(result.rounds).toBeGreaterThanOrEqual(6);
		expect(result.questions).toBeGreaterThan(result.rounds * 4);
		expect({ counts: result.counts, examples: result.examples }).toEqual({
			counts: emptyCounts(),
			examples: {}
		});
	}, 300_000);
});
