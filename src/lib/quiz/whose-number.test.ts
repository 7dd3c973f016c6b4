import { describe, expect, it } from 'vitest';
import { buildBank } from '$lib/extract/bank';
import { rng } from './random';
import { estimate, OUTLET_ITSELF, whichNumber, whoseNumber } from './kinds/figures';

/** Figure questions over one invented article, by the figure's words. */
function questionsOn(text: string) {
	const bank = buildBank([{ seed: 'a.txt', text }]);
	const texts = { 'a.txt': text };
	return (words: string) => {
		const f = Object.values(bank.figures).find((x) => x.text === words)!;
		const ctx = { bank, texts, rng: rng(f.id) };
		return {
			claimant: f.claimant,
			whose: whoseNumber(ctx, f.id),
			which: whichNumber(ctx, f.id),
			estimate: estimate(ctx, f.id)
		};
	};
}

const ARTICLE = [
	'"The plan is sound," said Dana Holt, the mayor of Larkford.',
	'"It is not," said Tom Alder, a spokesman for the Larkford Transit Union.',
	'"We will see," said Ana Ruiz, a historian at Larkford College.',
	'The bridge opened in 1998 and carries 9,000 cars a day.',
	'The depot said in a statement that it faces a $3.5 million deficit next year.',
	'"We lost 300 jobs," an official added. Unions counted 4,500 members at the rally.',
	'"We have offered a 4 percent raise," Dana Holt said. "Four percent is an insult," Tom Alder said.'
].join('\n\n');

describe('a figure whose claimant is unclear makes no question', () => {
	const on = questionsOn(ARTICLE);
	it('asks whose number a figure the outlet states itself is, with the outlet as the answer', () => {
		const q = on('9,000');
		expect(q.claimant).toBeNull();
		expect(q.whose?.answer).toBe(OUTLET_ITSELF);
	});
	it('asks nothing of an unclaimed figure in a sentence that cites someone', () => {
		const q = on('$3.5 million');
		expect(q.claimant).toBeNull();
		expect([q.whose, q.which, q.estimate]).toEqual([null, null, null]);
	});
	it('asks no one whose a number is when two parties claim it, in digits or in words', () => {
		expect(on('4 percent').claimant).toBe('Dana Holt');
		expect(on('Four percent').claimant).toBe('Tom Alder');
		expect([on('4 percent').whose, on('Four percent').whose]).toEqual([null, null]);
	});
	it('asks no one whose a number is when the same number is also claimed by someone not found', () => {
		const alone = questionsOn(ARTICLE)('9,000').whose;
		expect(alone?.answer).toBe(OUTLET_ITSELF);
		// "The two councils announced" cites a claimant the extractor cannot pin down: the outlet's
		// own 9,000 then has two right answers.
		const again = `${ARTICLE}\n\nThe two councils announced that 9,000 cars use it.`;
		const on = questionsOn(again);
		expect([on('9,000').claimant, on('9,000').whose]).toEqual([null, null]);
	});
});
