import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const claimants = (text: string) =>
	Object.fromEntries(extractArticle(text, 'x.txt').figures.map((f) => [f.text, f.claimant]));

describe('claimants of figures', () => {
	it('gives a figure the subject of the claim verb before it, and carries it to later sentences', () => {
		const got = claimants(
			'The Harbour Authority said 40 ships were delayed on Monday. Another 12 ships waited offshore.'
		);
		expect(got['40']).toBe('Harbour Authority');
		expect(got['12']).toBe('Harbour Authority');
	});
	it('gives a figure inside a quote the quote’s speaker', () => {
		const got = claimants(
			'"We lost 300 jobs this year," said Mara Quinlan, the mayor of Larkford.'
		);
		expect(got['300']).toBe('Mara Quinlan');
	});
	it('leaves a figure the outlet states itself unclaimed', () => {
		expect(
			claimants('The bridge opened in 1998 and carries 9,000 cars a day.')['9,000']
		).toBeNull();
	});
});
