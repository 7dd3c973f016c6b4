// Version-2 tokens (day, attempt, practice, minutes) and the promise that every older token still decodes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResult, type ResultRecord } from './token';

/** Made by the version-1 encoder as shipped before version 2 existed (commit 1031ed0): never regenerate. */
const VERSION_1_TOKENS = [
	'WzEsIm1peGVkIiwyMDI0LFtbInEtM2Y5YTFjMmIud2hvLXNhaWQiLCJob25nLWxlaSIsMV0sWyJmLTkxYjJlMGFhLmVzdGltYXRlIiwiNTcwMDAiLDBdXV0.13b6p3h',
	'WzEsIm51bWJlcnMiLDcsW1siZi0xLmZpZ3VyZSIsIjIwMTYiLDJdXSwiQ2hsb8OpIPCfpooiXQ.13t2vxv'
];

describe('version-2 result tokens', () => {
	it('still decodes tokens made by version 1, unchanged', () => {
		expect(decodeResult(VERSION_1_TOKENS[0]!)).toEqual({
			ok: true,
			result: {
				version: 1,
				module: 'mixed',
				seed: 2024,
				answers: [
					{ question: 'q-3f9a1c2b.who-said', answer: 'hong-lei', confidence: 'sure' },
					{ question: 'f-91b2e0aa.estimate', answer: '57000', confidence: null }
				]
			}
		});
		const named = decodeResult(VERSION_1_TOKENS[1]!);
		expect(named.ok && named.result.name).toBe('Chloé 🦊');
		expect(named.ok && named.result.meta).toBeUndefined();
		// Re-encoding a version-1 record gives the very same link.
		for (const token of VERSION_1_TOKENS) {
			const decoded = decodeResult(token);
			expect(decoded.ok && encodeResult(decoded.result)).toBe(token);
		}
	});

	it('round-trips day, attempt, practice flag and minutes, with or without a name', () => {
		const meta = fc.record(
			{
				day: fc
					.date({ min: new Date('2020-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
					.map((d) => d.toISOString().slice(0, 10)),
				attempt: fc.integer({ min: 1, max: 9999 }),
				practice: fc.boolean(),
				minutes: fc.integer({ min: 0, max: 1440 })
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(meta, fc.option(fc.constantFrom('Ana', 'Chloé', '李华', '🦊 Sam')), (m, name) => {
				const record: ResultRecord = {
					version: 2,
					module: 'mixed',
					seed: 9,
					answers: [{ question: 'q-1.who-said', answer: 'x', confidence: null }],
					meta: m
				};
				if (name) record.name = name;
				const decoded = decodeResult(encodeResult(record));
				const hasAny = Object.keys(m).length > 0;
				expect(decoded).toEqual({
					ok: true,
					result: hasAny ? record : { ...record, version: 1, meta: undefined }
				});
			}),
			{ numRuns: 200 }
		);
	}, 30_000);

	it('rejects impossible details with a reason', () => {
		const base = { version: 2 as const, module: 'mixed', seed: 1, answers: [] };
		expect(() => encodeResult({ ...base, meta: { day: '2026-13-01' } })).toThrow(/day/);
		expect(() => encodeResult({ ...base, meta: { attempt: 0 } })).toThrow(/attempt/);
		expect(() => encodeResult({ ...base, meta: { minutes: 1.5 } })).toThrow(/time/);
		// A hand-made version 2 payload with an unknown detail is refused, not half read.
		const payload = btoa(JSON.stringify([2, 'mixed', 1, [], '', { x: 1 }]))
			.replace(/=+$/, '')
			.replace(/\+/g, '-')
			.replace(/\//g, '_');
		const decoded = decodeResult(`${payload}.${checksumOf(payload)}`);
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.error).toMatch(/details/);
	});
});

/** The token's FNV-1a check, written out independently of the module under test. */
function checksumOf(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0');
}
