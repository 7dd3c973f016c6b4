import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';
import { Registry } from './registry';
import { mentionsOf } from './testkit';
import { sentences } from './segment';
import { tokenize } from './tokens';

describe('mentions', () => {
	it('finds mentions in order, each rule in its place', () => {
		const [a] = mentionsOf([
			'Dana Holt, who chairs the Northland Rail Board (NRB), said he would resign.'
		]);
		expect(a).toEqual([
			['Dana Holt', 'Dana Holt', 'person', 'name'],
			['who', 'Dana Holt', 'person', 'relative'],
			['Northland Rail Board (NRB)', 'Northland Rail Board', 'agency', 'name'],
			['he', 'Dana Holt', 'person', 'pronoun']
		]);
	});
	it('reads contracted pronouns', () => {
		const [, b] = mentionsOf(['Dana Holt resigned.', 'He’s leaving on Friday.']);
		expect(b![0]).toEqual(['He’s', 'Dana Holt', 'person', 'pronoun']);
	});
	it('skips quoted words', () => {
		const t = 'Holt called it “Northland Rail” twice.';
		const q = { start: t.indexOf('“') + 1, end: t.indexOf('”') };
		const toks = tokenize(t, 0, t.length, sentences(t, 0, t.length), [q]);
		const found = findMentions(toks, new Registry(), t).map((m) => m.ent.name);
		expect(found).not.toContain('Northland Rail');
	});
});
