import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, it } from 'vitest';
import { cleanName, decodeResult, encodeResult, LIMITS, type ResultRecord } from './token';

const record: ResultRecord = {
	version: 1,
	module: 'indictment-2014',
	seed: 42,
	answers: [
		{ question: 'q-3f9a1c2b-who', answer: 'zheng-zeguang', confidence: 'sure' },
		{ question: 'f-91b2e0aa-figure', answer: '1180000', confidence: null },
		{ question: 'q-0000aaaa-said', answer: 'no', confidence: 'unsure' }
	],
	name: 'Ana <script>'
};

const arbRecord = fc.record(
	{
		version: fc.constant(1 as const),
		module: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/),
		seed: fc.integer({ min: 0, max: 0xffffffff }),
		answers: fc.uniqueArray(
			fc.record({
				question: fc.string({ minLength: 1, maxLength: LIMITS.question }),
				answer: fc.string({ maxLength: 50 }),
				confidence: fc.constantFrom('sure' as const, 'unsure' as const, null)
			}),
			{ selector: (a) => a.question, maxLength: 30 }
		),
		name: fc
			.string({ minLength: 1, maxLength: 40 })
			.map(cleanName)
			.filter((n) => n !== '')
	},
	{ requiredKeys: ['version', 'module', 'seed', 'answers'] }
);

describe('result tokens', () => {
	it('round-trips a result, URL-safe', () => {
		const token = encodeResult(record);
		expect(token).toMatch(/^[A-Za-z0-9_-]+\.[a-z0-9]+$/);
		expect(decodeResult(token)).toEqual({ ok: true, result: record });
	});

	it('round-trips any valid result (property)', () => {
		fc.assert(
			fc.property(arbRecord, (r) => {
				expect(decodeResult(encodeResult(r))).toEqual({ ok: true, result: r });
			}),
			runs(100)
		);
	});

	it('never throws on random strings, and rejects them with a message (property)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				const decoded = decodeResult(s);
				if (!decoded.ok) expect(decoded.error).toMatch(/^This results link is broken: /);
			}),
			runs(2000)
		);
	});

	it('rejects truncated and mutated tokens (property)', () => {
		const token = encodeResult(record);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: token.length - 1 }),
				fc.constantFrom(...'ABCxyz019-_.'.split('')),
				fc.integer({ min: 1, max: token.length - 1 }),
				(at, char, cut) => {
					const mutated = token.slice(0, at) + char + token.slice(at + 1);
					if (mutated !== token) expect(decodeResult(mutated).ok).toBe(false);
					expect(decodeResult(token.slice(0, cut)).ok).toBe(false);
				}
			),
			runs(1000)
		);
	});

	it('explains what is wrong', () => {
		expect(decodeResult('')).toEqual({
			ok: false,
			error: 'This results link is broken: it is empty.'
		});
		const token = encodeResult(record);
		expect(decodeResult(token.slice(0, -3))).toMatchObject({ error: /missing or was changed/ });
		expect(decodeResult('x'.repeat(LIMITS.token + 1))).toMatchObject({ error: /far too long/ });
	});

	it('refuses to encode what it would not decode', () => {
		expect(() => encodeResult({ ...record, module: 'Bad Module' })).toThrow(/quiz name/);
		expect(() => encodeResult({ ...record, name: 'x'.repeat(41) })).toThrow(/longer than 40/);
		expect(() => encodeResult({ ...record, seed: -1 })).toThrow(/seed/);
	});

	it('cleans display names: control characters out, at most 40 characters', () => {
		expect(cleanName('  Ana\u202e\u0000 B  ')).toBe('Ana B');
		expect([...cleanName('é'.repeat(50))]).toHaveLength(40);
	});
});
