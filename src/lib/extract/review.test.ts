import { describe, expect, it } from 'vitest';
import { buildBank } from './bank';
import { applyReview } from './review';

const bank = buildBank([
	{
		seed: 'a.txt',
		text: '"We will win the vote," said Mayor Karen Bass. The plan costs $4.5 million.'
	},
	{ seed: 'b.txt', text: 'Ryu is a council member.\n\n"We will win the vote," Ryu said.' }
]);

describe('applyReview', () => {
	it('excludes items and corrects speakers and sides by id', () => {
		const q = Object.values(bank.quotes).find((x) => x.seed === 'a.txt')!;
		const f = Object.values(bank.figures)[0]!;
		const ryu = Object.values(bank.entities).find((e) => e.name === 'Ryu')!;
		const out = applyReview(bank, {
			exclude: [f.id],
			speaker: { [q.id]: ryu.id },
			side: { [ryu.id]: 'us-government' }
		});
		expect(out.figures[f.id]).toBeUndefined();
		expect(out.articles.find((a) => a.seed === 'a.txt')!.figureIds).not.toContain(f.id);
		expect(out.quotes[q.id]!.speaker).toBe('Ryu');
		expect(out.entities[ryu.id]!.side).toBe('us-government');
		expect(bank.figures[f.id]).toBeDefined();
	});
	it('fails naming an unknown id', () => {
		expect(() => applyReview(bank, { exclude: ['q-nope'] })).toThrow(/q-nope/);
		expect(() => applyReview(bank, { speaker: { 'q-nope': 'x' } })).toThrow(/"x"/);
		expect(() => applyReview(bank, { side: { ghost: 'media' } })).toThrow(/ghost/);
	});
	it('links the same words from two articles', () => {
		expect(bank.links.filter((l) => l.type === 'quote')).toHaveLength(1);
	});
});
