import { describe, expect, it } from 'vitest';
import { bankFrom, getBank } from '../../src/lib/server/bank';

describe('server bank', () => {
	it('builds the bank for every seed, with metadata when given', () => {
		const bank = getBank();
		expect(bank.version).toBe(1);
		expect(bank.articles.length).toBeGreaterThanOrEqual(5);
		expect(Object.keys(bank.quotes).length).toBeGreaterThan(40);
	});
	it('applies a review and fails on an unknown id, naming it', () => {
		const inputs = [
			{
				seed: 'x.txt',
				text: '"We will win the vote," said Mayor Karen Bass.',
				meta: { outlet: 'AP', title: 'Vote', published: '2024-01-02' }
			}
		];
		const bank = bankFrom(inputs, undefined);
		expect(bank.articles[0]).toMatchObject({
			seed: 'x.txt',
			slug: 'x',
			outlet: 'AP',
			title: 'Vote'
		});
		const id = Object.keys(bank.quotes)[0]!;
		expect(Object.keys(bankFrom(inputs, { exclude: [id] }).quotes)).toEqual([]);
		expect(() => bankFrom(inputs, { exclude: ['q-00000000'] })).toThrow(/q-00000000/);
	});
});
