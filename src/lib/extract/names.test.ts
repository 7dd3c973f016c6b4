import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testkit';
import { extractArticle } from './extract';

describe('names', () => {
	it('reads people, organisations, media and places from capitalised runs', () => {
		const [a] = mentionsOf([
			'Dana Holt met the Northland Transport Ministry in France. The Lakeside Herald said so.'
		]);
		expect(a!.map((m) => [m[1], m[2]])).toEqual([
			['Dana Holt', 'person'],
			['Northland Transport Ministry', 'agency'],
			['France', 'place'],
			['Lakeside Herald', 'media']
		]);
	});
	it('reads initials as part of a name, but no run of a dozen words as one person', () => {
		const [a, b] = mentionsOf([
			'Then A. B. C. Lee said so.',
			'Then A. B. C. D. E. F. G. H. J. K. Lee said so.'
		]);
		expect(a).toContainEqual(['A. B. C. Lee', 'A. B. C. Lee', 'person', 'name']);
		expect(b!.filter((m) => m[2] === 'person')).toEqual([]);
	});
	it('reads a surname after a courtesy title even when it is a title word', () => {
		const [a] = mentionsOf(['Then Mr. King left.']);
		expect(a).toContainEqual(['Mr. King', 'King', 'person', 'name']);
	});
	it('reads a job title before a name as the role, not part of the name', () => {
		const people = (text: string) =>
			extractArticle(text, 'x.txt').entities.map((e) => [e.name, e.role]);
		expect(people('"We will be back," Anchor Jane Ruiz told viewers.')).toEqual([
			['Jane Ruiz', 'Anchor']
		]);
		expect(people('"The road is closed," Detective Tom Hale said.')).toEqual([
			['Tom Hale', 'Detective']
		]);
		expect(people('"We won," Coach Tom Hale said.')).toEqual([['Tom Hale', 'Coach']]);
		expect(people('"Not real jobs," said Councilman Tom Hale.')).toEqual([
			['Tom Hale', 'Councilman']
		]);
	});
	it('reads "X and the Y" as two names, and "the district" as the district named before', () => {
		const [a] = mentionsOf([
			'The Larkford School District and the Larkford Teachers Union traded accusations.'
		]);
		expect(a!.map((m) => m[1])).toEqual(['Larkford School District', 'Larkford Teachers Union']);
		const x = extractArticle(
			'The Larkford School District met on Monday.\n\nThe district said it faces a $3.5 million deficit.',
			'x.txt'
		);
		expect(x.figures.map((f) => f.claimant)).toEqual(['Larkford School District']);
	});
	it('reads a country and a government word as a government', () => {
		const [a] = mentionsOf(['The talks stalled, and French officials left.']);
		expect(a).toContainEqual(['French officials', 'French officials', 'agency', 'name']);
	});
	it('keeps a bare word that opens sentences from counting as a person', () => {
		const [a] = mentionsOf(['Meanwhile, the vote went ahead.']);
		expect(a!.every((m) => m[2] !== 'person')).toBe(true);
	});
	it('reads "Secretary of State" as a title and describing words before a name as its role', () => {
		const [a] = mentionsOf(['It was then that Secretary of State Tom F. Alder spoke.']);
		expect(a).toContainEqual(['Secretary of State Tom F. Alder', 'Tom F. Alder', 'person', 'name']);
		const [b] = mentionsOf(['Democratic presidential nominee Ana Ruiz spoke.']);
		expect(b!.map((m) => m[1])).toContain('Ana Ruiz');
		expect(b!.map((m) => m[1])).not.toContain('Democratic presidential nominee');
	});
});

describe('surnames that are title words', () => {
	it('reads "Dana King" and "Mr. Major" as persons', () => {
		const [a] = mentionsOf(['"No," said Dana King, a party member.']);
		expect(a![0]!.slice(1, 3)).toEqual(['Dana King', 'person']);
		const [b] = mentionsOf(['"No," said Mr. Major.']);
		expect(b![0]!.slice(1, 3)).toEqual(['Major', 'person']);
	});
});
