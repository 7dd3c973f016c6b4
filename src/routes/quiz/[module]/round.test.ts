// The round cookie: when the first question was shown, the answers so far, and the count of finished
// rounds; cookies written before the start time was kept still read.
import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { progressToken, type Progress } from '$lib/quiz/progress';
import { countAttempt, forgetAllRounds, readRound, saveRound, startRound } from './round';

/** Cookies as a browser would hold them for the quiz pages. */
function jar(initial: Record<string, string> = {}): Cookies & { all: Map<string, string> } {
	const all = new Map(Object.entries(initial));
	return {
		all,
		get: (name: string) => all.get(name),
		getAll: () => [...all].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void all.set(name, value),
		delete: (name: string) => void all.delete(name),
		serialize: () => ''
	} as unknown as Cookies & { all: Map<string, string> };
}

const url = new URL('http://localhost/quiz/numbers?seed=7');
const answer = (n: number) => ({ question: `q-0000000${n}.figure`, answer: '5', confidence: null });
const round = (answers: number): Progress => ({
	seed: 7,
	only: null,
	answers: Array.from({ length: answers }, (_, i) => answer(i))
});

describe('the round cookie', () => {
	it('keeps the start of the round through its answers, and a new round starts a new clock', () => {
		const cookies = jar();
		startRound(cookies, url, 'numbers', round(0));
		const started = readRound(cookies, 'numbers')!.startedAt!;
		expect(started).toBeGreaterThan(0);
		// A reload of the first question does not restart the clock.
		startRound(cookies, url, 'numbers', round(0));
		expect(readRound(cookies, 'numbers')!.startedAt).toBe(started);
		expect(saveRound(cookies, url, 'numbers', round(2))).toBe(started);
		expect(readRound(cookies, 'numbers')).toMatchObject({
			seed: 7,
			only: null,
			startedAt: started
		});
		expect(readRound(cookies, 'numbers')!.answers).toHaveLength(2);
		// Another seed is another round: its clock is its own.
		const other = { ...round(1), seed: 8 };
		expect(saveRound(cookies, url, 'numbers', other)).toBeUndefined();
	});

	it('reads a cookie written before the start time was kept, without a start', () => {
		const cookies = jar({ 'round-numbers': `7||${progressToken('numbers', round(3))}` });
		const recorded = readRound(cookies, 'numbers')!;
		expect(recorded.answers).toHaveLength(3);
		expect(recorded.startedAt).toBeUndefined();
		expect(readRound(jar({ 'round-numbers': 'nonsense' }), 'numbers')).toBeNull();
		expect(
			readRound(jar({ 'round-numbers': `8||1|${progressToken('numbers', round(1))}` }), 'numbers')
		).toBeNull();
	});

	it('counts finished rounds per quiz, and a shared computer forgets rounds and counts', () => {
		const cookies = jar({ 'shared-device': '1', other: 'x' });
		expect(countAttempt(cookies, url, 'numbers')).toBe(1);
		expect(countAttempt(cookies, url, 'numbers')).toBe(2);
		expect(countAttempt(cookies, url, 'huawei')).toBe(1);
		saveRound(cookies, url, 'numbers', round(1));
		forgetAllRounds(cookies, url);
		expect([...cookies.all.keys()].sort()).toEqual(['other', 'shared-device']);
		expect(countAttempt(jar({ 'tries-numbers': 'junk' }), url, 'numbers')).toBe(1);
	});
});
