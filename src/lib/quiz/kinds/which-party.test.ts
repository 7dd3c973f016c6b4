import { describe, expect, it } from 'vitest';
import { buildBank } from '$lib/extract/bank';
import { STRIKE } from '$lib/extract/parties.fixture';
import { rng } from '../random';
import { whichSide } from './quotes';

describe('"which side" on a pasted article about parties nobody labelled', () => {
	const bank = buildBank([{ seed: 'strike.txt', text: STRIKE }]);
	const texts = { 'strike.txt': STRIKE };
	const name = (id: string) => bank.entities[id]?.name;

	it('offers the parties the article names, with the speaker’s own as the answer', () => {
		const asked = Object.values(bank.quotes)
			.map((q) => ({ q, question: whichSide({ bank, texts, rng: rng(q.id) }, q.id) }))
			.filter((x) => x.question !== null);
		expect(asked.length).toBeGreaterThanOrEqual(2);
		const parties = ['Larkford City Council', 'Transit Workers Union', 'Harlow Coaches'];
		for (const { q, question } of asked) {
			const speaker = bank.entities[q.speakerId!]!;
			expect(name(question!.answer)).toBe(name(speaker.sideOf!));
			const labels = question!.choices.map((c) => name(c.value));
			expect(labels).toContain(name(question!.answer));
			for (const l of labels) expect(parties).toContain(l);
			expect(new Set(labels).size).toBe(labels.length);
		}
		const okafor = asked.find(({ q }) => q.speaker === 'Dev Okafor');
		expect(name(okafor!.question!.answer)).toBe('Transit Workers Union');
	});
});

describe('"which side" by broad group offers only sides the articles hold', () => {
	const text = [
		'Mayor Ellen Tran called the stadium deal "a win for every family in this city."',
		'"These are not real jobs," said Councilman Rafael Ortiz.',
		'An economist at Kestrel State University, Priya Nair, said stadiums rarely pay off. "The research is clear," Nair said.'
	].join('\n\n');
	const bank = buildBank([{ seed: 'stadium.txt', text }]);
	const texts = { 'stadium.txt': text };

	it('asks about the economist without a government or state media the article never names', () => {
		const quote = Object.values(bank.quotes).find((q) => q.text.startsWith('The research'))!;
		const question = whichSide({ bank, texts, rng: rng(quote.id) }, quote.id);
		expect(question?.answer).toBe('analyst');
		const labels = question!.choices.map((c) => c.label).join(' / ');
		expect(labels).not.toMatch(/Chinese|U\.S\./);
	});
});
