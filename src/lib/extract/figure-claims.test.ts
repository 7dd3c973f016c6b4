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
	it('credits a figure in a paragraph with no speech verb: a claim verb, "according to", "as … put it"', () => {
		expect(claimants('The Harbour Authority estimated 40 ships were delayed.')['40']).toBe(
			'Harbour Authority'
		);
		expect(claimants('According to the Harbour Authority, 40 ships were delayed.')['40']).toBe(
			'Harbour Authority'
		);
		expect(
			claimants('As Ana Ruiz, the harbour master, put it, 40 ships is too many for one quay.')['40']
		).toBe('Ana Ruiz');
	});
	it('leaves a row of bare numbers unclaimed, even after a paragraph with a speaker', () => {
		const got = claimants('Ana Ruiz, the harbour master, said the port was full.\n\n40, 12, 9');
		expect(got).toEqual({ '40': null, '12': null, '9': null });
	});
	it('takes "the company" for the company named before, not for a broadcaster someone told', () => {
		const got = claimants(
			'Acme fired 40 staff on Monday.\n\n"We are sorry," its chief, Helen Marsh, told the BBC. The company says it will invest £2 billion in new works.'
		);
		expect(got['£2 billion']).toBe('Acme');
	});
	it('takes "the regulator" for the regulator named before', () => {
		const got = claimants(
			'The Environment Regulator said the firm broke its permit. The regulator found that 40 percent of its works failed.'
		);
		expect(got['40 percent']).toBe('Environment Regulator');
	});
});
