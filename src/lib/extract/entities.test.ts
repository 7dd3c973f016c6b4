import { describe, expect, it } from 'vitest';
import { findMentions, orgKey, orgKeys, Registry } from './entities';
import { tokenize } from './tokens';
import { sentences } from './segment';

function mentions(paras: string[]): { text: string; name: string; type: string }[][] {
	const reg = new Registry();
	return paras.map((t, k) => {
		reg.para = k;
		const toks = tokenize(t, 0, t.length, sentences(t, 0, t.length), []);
		return findMentions(toks, reg, t).map((m) => ({
			text: t.slice(toks[m.i]!.start, toks[m.j - 1]!.end),
			name: m.ent.name,
			type: m.ent.type
		}));
	});
}

describe('entities', () => {
	it('finds people with their roles and resolves surnames', () => {
		const [a, b] = mentions(['Acme spokesperson Dana Holt wrote back.', 'Holt said no.']);
		expect(a).toContainEqual({
			text: 'Acme spokesperson Dana Holt',
			name: 'Dana Holt',
			type: 'person'
		});
		expect(b![0]).toMatchObject({ name: 'Dana Holt' });
	});
	it('merges an acronym with its long name', () => {
		const [a, b] = mentions([
			'Data came from the National Cyber Incident Response Center (NCIRC), it said.',
			'The NCIRC found more.'
		]);
		expect(a!.find((m) => m.text.endsWith(')'))).toBeDefined();
		expect(b![0]!.name).toBe(a!.find((m) => m.text.endsWith(')'))!.name);
	});
	it('creates unnamed speakers and resolves "the spokesman"', () => {
		const [a, b] = mentions([
			'An Acme spokesperson said no.',
			'Wei Jian, spokesman for the Ministry of Defense, spoke. Later the spokesman left.'
		]);
		expect(a![0]).toMatchObject({ name: 'Acme spokesperson', type: 'person' });
		expect(b!.filter((m) => m.name === 'Wei Jian')).toHaveLength(2);
	});
	it('resolves pronouns to the latest person or thing', () => {
		const [, b] = mentions(['Ma Lin, a professor, said it was bad.', 'He said more.']);
		expect(b![0]).toMatchObject({ text: 'He', name: 'Ma Lin' });
	});
	it('keys organisations without country qualifiers or word order', () => {
		expect(orgKey("China's Foreign Ministry")).toBe(orgKey('Chinese Foreign Ministry'));
		expect(orgKey('Chinese government')).not.toBe(orgKey('U.S. government'));
		expect(orgKeys('National Cyber Incident Response Center of France')).toContain(
			orgKeys('the National Cyber Incident Response Center')[0]
		);
		expect(orgKey('Department of Justice')).toBe(orgKey('Justice Department'));
	});
});
