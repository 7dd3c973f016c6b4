import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, it } from 'vitest';
import { finishMeta, parseProgress, parseSeed, progressUrl, type Progress } from './progress';
import { decodeResult } from './token';

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

describe("a finished round's details", () => {
	const progress: Progress = {
		seed: 2024,
		only: null,
		answers: [{ question: 'q-12345678.who-said', answer: 'x', confidence: null }]
	};
	const now = new Date('2026-12-01T10:47:40Z');

	it('counts whole minutes from the first question, rounded, at most a day', () => {
		const started = (iso: string) => ({ startedAt: Date.parse(iso), attempt: 2 });
		expect(finishMeta(progress, now, started('2026-12-01T10:35:10Z'))).toEqual({
			day: '2026-12-01',
			practice: false,
			attempt: 2,
			minutes: 13 // 12 min 30 s
		});
		expect(finishMeta(progress, now, started('2026-12-01T10:47:20Z')).minutes).toBe(0);
		expect(finishMeta(progress, now, started('2026-11-20T08:00:00Z')).minutes).toBe(1440);
		// A clock set in the future, or no clock at all, gives no minutes rather than a wrong number.
		expect(finishMeta(progress, now, started('2026-12-01T11:00:00Z')).minutes).toBeUndefined();
		expect(finishMeta({ ...progress, only: ['q-12345678.who-said'] }, now)).toEqual({
			day: '2026-12-01',
			practice: true
		});
	});

	it("travels in the round's URL, so a reload shows the same results link", () => {
		const meta = finishMeta(progress, now, {
			attempt: 3,
			startedAt: Date.parse('2026-12-01T10:40:00Z')
		});
		const url = new URL(progressUrl('numbers', { ...progress, meta }, true), 'http://x');
		const parsed = parseProgress('numbers', url.searchParams);
		expect(parsed).toEqual({ ok: true, progress: { ...progress, meta } });
		const decoded = decodeResult(url.searchParams.get('a')!);
		expect(decoded.ok && decoded.result.meta).toEqual({
			day: '2026-12-01',
			practice: false,
			attempt: 3,
			minutes: 8
		});
	});
});
