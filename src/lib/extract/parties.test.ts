import { describe, expect, it } from 'vitest';
import { buildBank } from './bank';
import { applySideLabels } from '$lib/content/sides';
import { PATENTS, STRIKE } from './parties.fixture';

describe('parties found in the article', () => {
	it('gives each speaker the body it speaks for, a city and a union alike', () => {
		const bank = buildBank([{ seed: 'strike.txt', text: STRIKE }]);
		const sideOf = (name: string) =>
			Object.values(bank.entities).find((e) => e.name === name)?.sideOf;
		const party = (name: string) =>
			Object.values(bank.entities).find((e) => e.id === sideOf(name))?.name;
		expect(party('Mara Quinlan')).toBe('Larkford City Council');
		expect(party('Dev Okafor')).toBe('Transit Workers Union');
		expect(party('Tomas Reyl')).toBe('Harlow Coaches');
		// A party is its own side.
		const council = Object.values(bank.entities).find((e) => e.name === 'Larkford City Council');
		expect(council?.sideOf).toBe(council?.id);
		expect(council?.side).toBe('government');
	});

	it('finds a company named only in a role, and labels come from content, not the extractor', () => {
		const bank = buildBank([{ seed: 'patents.txt', text: PATENTS }]);
		const voss = Object.values(bank.entities).find((e) => e.name === 'Lena Voss')!;
		const spokes = Object.values(bank.entities).find((e) =>
			/Oakmere Dairy spokesperson/.test(e.name)
		)!;
		expect(bank.entities[voss.sideOf!]?.name).toBe('Brightwell Foods');
		expect(bank.entities[spokes.sideOf!]?.name).toBe('Oakmere Dairy');
		expect(voss.side).toBe('company');
		const labelled = applySideLabels(bank, { [voss.sideOf!]: 'us-company' });
		expect(labelled.entities[voss.id]?.side).toBe('us-company');
		expect(labelled.entities[spokes.id]?.side).not.toBe('us-company');
		expect(() => applySideLabels(bank, { [voss.sideOf!]: 'mars-company' })).toThrow(/mars-company/);
		expect(() => applySideLabels(bank, { nobody: 'us-company' })).toThrow(/nobody/);
	});

	it('makes no party of a crowd: a poll’s respondents speak for no side and are offered as none', () => {
		const text = [
			'The Harbor Taxpayers League opposes the ferry plan.',
			'"The plan wastes $40 million," said Omar Reyes, a spokesman for the Harbor Taxpayers League.',
			'A poll found most residents back the plan. "It is about time," most of those polled said.'
		].join('\n\n');
		const bank = buildBank([{ seed: 'ferry.txt', text }]);
		const crowd = Object.values(bank.quotes).find((q) => q.text.startsWith('It is about'))!;
		expect(crowd.speaker).toBe('most of those polled');
		expect(bank.entities[crowd.speakerId!]?.sideOf).toBeNull();
		const reyes = Object.values(bank.entities).find((e) => e.name === 'Omar Reyes')!;
		expect(bank.entities[reyes.sideOf!]?.name).toBe('Harbor Taxpayers League');
	});
	it('makes no party of a body only described ("the company"), which may be any company named', () => {
		const text = [
			'Riverside Water was fined on Thursday. The Environment Regulator said it ignored warnings.',
			'"We are sorry," its chief, Helen Marsh, told the BBC. The company says it will invest £2 billion.'
		].join('\n\n');
		const bank = buildBank([{ seed: 'water.txt', text }]);
		const figure = Object.values(bank.figures).find((f) => f.text === '£2 billion')!;
		expect(figure.claimant).toBe('company');
		expect(bank.entities[figure.claimantId!]?.sideOf).toBeNull();
		const regulator = Object.values(bank.entities).find((e) => e.name === 'Environment Regulator');
		expect(regulator?.sideOf).toBe(regulator?.id);
	});

	it('links a titled role ("Fire Chief") to the one body whose name holds its word, and makes no party of the word', () => {
		const lines = [
			'PORT ELLIS — A fire tore through a warehouse on Dock Road overnight.',
			'"We kept it from the houses," said Fire Chief Marisol Vega.',
			'"It was a fire trap," said Derek Olsen, who lives nearby.'
		];
		const withDept = `${lines.join('\n\n')}\n\nTwo firefighters were hurt, according to the Port Ellis Fire Department.`;
		for (const [text, party] of [
			[lines.join('\n\n'), undefined],
			[withDept, 'Port Ellis Fire Department']
		] as const) {
			const bank = buildBank([{ seed: 'fire.txt', text }]);
			const vega = Object.values(bank.entities).find((e) => e.name === 'Marisol Vega')!;
			expect(vega.sideOf ? bank.entities[vega.sideOf]?.name : undefined).toBe(party);
			expect(Object.values(bank.entities).map((e) => e.name)).not.toContain('Fire');
		}
	});
});
