import { describe, expect, it } from 'vitest';
import { findMentions, inferSide, orgKey, orgKeys, Registry } from './entities';
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
		const [a, b] = mentions([
			'Cisco spokesperson John Earnhardt wrote back.',
			'Earnhardt said no.'
		]);
		expect(a).toContainEqual({
			text: 'Cisco spokesperson John Earnhardt',
			name: 'John Earnhardt',
			type: 'person'
		});
		expect(b![0]).toMatchObject({ name: 'John Earnhardt' });
	});
	it('merges an acronym with its long name', () => {
		const [a, b] = mentions([
			'Data came from the National Computer network Emergency Response Center (CNCERT), it said.',
			'The CNCERT found more.'
		]);
		expect(a!.find((m) => m.text.endsWith(')'))).toBeDefined();
		expect(b![0]!.name).toBe(a!.find((m) => m.text.endsWith(')'))!.name);
	});
	it('creates unnamed speakers and resolves "the spokesman"', () => {
		const [a, b] = mentions([
			'An IBM spokesperson said no.',
			'Geng Yansheng, spokesman for the Ministry of Defense, spoke. Later the spokesman left.'
		]);
		expect(a![0]).toMatchObject({ name: 'IBM spokesperson', type: 'person' });
		expect(b!.filter((m) => m.name === 'Geng Yansheng')).toHaveLength(2);
	});
	it('resolves pronouns to the latest person or thing', () => {
		const [, b] = mentions(['Zhu Zhiqun, a professor, said it was bad.', 'He said more.']);
		expect(b![0]).toMatchObject({ text: 'He', name: 'Zhu Zhiqun' });
	});
	it('keys organisations without country qualifiers or word order', () => {
		expect(orgKey("China's Foreign Ministry")).toBe(orgKey('Chinese Foreign Ministry'));
		expect(orgKey('Chinese government')).not.toBe(orgKey('U.S. government'));
		expect(orgKeys('National Computer Network Emergency Response Center of China')).toContain(
			orgKeys('the National Computer Network Emergency Response Center')[0]
		);
		expect(orgKey('Department of Justice')).toBe(orgKey('Justice Department'));
	});
	it('infers sides by general rules', () => {
		const reg = new Registry();
		const e = reg.create('Foreign Ministry', 'agency');
		e.country = 'china';
		expect(inferSide(e)).toBe('china-government');
		const u = reg.create(
			'Zhu Zhiqun',
			'person',
			'professor of political science at Bucknell University'
		);
		expect(inferSide(u)).toBe('academic');
	});
});
