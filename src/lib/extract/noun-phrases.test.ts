import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testkit';

describe('common-noun mentions', () => {
	it('reads speaking groups and "according to" sources', () => {
		const [a, b] = mentionsOf([
			'Local officials said the bridge was safe.',
			'The cost rose, according to people familiar with the plan.'
		]);
		expect(a![0]).toEqual(['Local officials', 'Local officials', 'group', 'name']);
		expect(b!.at(-1)).toEqual([
			'people familiar with the plan',
			'people familiar with the plan',
			'group',
			'name'
		]);
	});
	it('reads documents and refers "the report" back to the one named', () => {
		const [a, b] = mentionsOf([
			'A Northland Rail Board report found faults.',
			'The report also said the line was old.'
		]);
		const doc = a!.find((m) => m[2] === 'document')!;
		expect(doc[3]).toBe('anaphor');
		expect(b![0]![1]).toBe(doc[1]);
	});
	it('takes "reports that" for a verb, not a document', () => {
		const [a] = mentionsOf(['The Lakeside Ledger reports that fares will rise.']);
		expect(a!.map((m) => m[2])).not.toContain('document');
	});
	it('reads a role noun phrase as an unnamed person: "a party staffer", "the columnist"', () => {
		const [a] = mentionsOf(['"It failed," a party staffer said, and the columnist agreed.']);
		expect(a!.filter((m) => m[2] === 'person').map((m) => m[0])).toEqual([
			'a party staffer',
			'the columnist'
		]);
	});
	it('ends a noun phrase at a verb or a number: "The agency found 135 host computers"', () => {
		const [a] = mentionsOf(['The Northland Agency found 135 manager accounts.']);
		expect(a!.map((m) => m[2])).not.toContain('person');
	});
	it('reads "a Lakeside Democrat" as a party member, but "a Republican senator" as a role', () => {
		const [a] = mentionsOf(['"No," said another Ostland Democrat.']);
		expect(a!.map((m) => [m[0], m[2]])).toEqual([['another Ostland Democrat', 'person']]);
		const [b] = mentionsOf(['"No," said a Republican senator.']);
		expect(b!.map((m) => m[0])).toEqual(['a Republican senator']);
	});
	it('reads "one campaign source", "another aide" and "one Democrat involved in it" as unnamed persons', () => {
		const [a] = mentionsOf(['"No," one campaign source said, and another aide agreed.']);
		expect(a!.filter((m) => m[2] === 'person').map((m) => m[0])).toEqual([
			'one campaign source',
			'another aide'
		]);
		const [b] = mentionsOf(['"No," said one Democrat involved in the talks.']);
		expect(b![0]!.slice(0, 3)).toEqual(['one Democrat', 'Democrat', 'person']);
	});
});
