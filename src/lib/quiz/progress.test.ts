import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, it } from 'vitest';
import { parseProgress, parseSeed, progressUrl, type Progress } from './progress';

describe('quiz progress in the URL', () => {
	it('round-trips through the URL', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 0xffffffff }),
				fc.option(
					fc.array(fc.stringMatching(/^[qf]-[0-9a-f]{8}\.who-said$/), {
						minLength: 1,
						maxLength: 5
					}),
					{ nil: null }
				),
				fc.uniqueArray(fc.stringMatching(/^q-[0-9a-f]{8}\.figure$/), { maxLength: 8 }),
				(seed, only, ids) => {
					const progress: Progress = {
						seed,
						only,
						answers: ids.map((question) => ({ question, answer: '5', confidence: 'sure' }))
					};
					const url = new URL(progressUrl('numbers', progress), 'http://x');
					expect(parseProgress('numbers', url.searchParams)).toEqual({ ok: true, progress });
				}
			),
			runs(100)
		);
	});

	it('explains a missing or broken seed, and answers from another quiz', () => {
		expect(parseProgress('m', new URLSearchParams(''))).toMatchObject({ ok: false });
		expect(parseSeed('12abc')).toBeNull();
		expect(parseSeed('99999999999')).toBeNull();
		expect(parseSeed('007')).toBe(7);
		const url = new URL(
			progressUrl('other', {
				seed: 1,
				only: null,
				answers: [{ question: 'x', answer: 'y', confidence: null }]
			}),
			'http://x'
		);
		expect(parseProgress('m', url.searchParams)).toEqual({
			ok: false,
			error: 'The answers in this link belong to a different quiz.'
		});
		url.searchParams.set('a', 'garbage.123');
		const broken = parseProgress('other', url.searchParams);
		expect(broken.ok).toBe(false);
		if (!broken.ok) expect(broken.error).toMatch(/^This quiz link is broken/);
	});
});
