import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';

vi.mock('$lib/server/quiz', () => ({ quizBank: () => ({}) }));
vi.mock('$lib/server/content-version', () => ({ contentVersion: () => 'v1' }));
vi.mock('$lib/server/card/draw', () => ({ warmUpCards: async () => {} }));

const { handle, handleError } = await import('./hooks.server');

function event(path: string, routeId: string | null): RequestEvent {
	return {
		request: new Request(`http://localhost${path}`),
		url: new URL(`http://localhost${path}`),
		route: { id: routeId }
	} as unknown as RequestEvent;
}

describe('handleError', () => {
	afterEach(() => vi.restoreAllMocks());

	it('answers with a plain message and logs the route, never the stack or the token', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const token = 'WzEsImV2ZXJ5dGhpbmciXQ.abc1234';
		const error = new Error(`boom while reading /results/${token}/card.png`);
		const answer = await handleError({
			error,
			event: event(`/results/${token}`, '/results/[token]'),
			status: 500,
			message: 'Internal Error'
		});
		expect(answer).toEqual({
			message: 'Something went wrong on our side while making this page.',
			hint: 'Try again in a moment. If it keeps happening, tell your teacher.'
		});
		expect(JSON.stringify(answer)).not.toContain('boom');
		const logged = log.mock.calls.flat().join(' ');
		expect(logged).toContain('GET /results/[token]');
		expect(logged).toContain('/results/[token]/card.png');
		expect(logged).not.toContain(token);
		expect(logged).not.toMatch(/\n\s+at /);
	});

	it('says a missing page is missing, without logging it', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const answer = await handleError({
			error: new Error('Not found'),
			event: event('/nope', null),
			status: 404,
			message: 'Not Found'
		});
		expect(answer?.message).toBe('There is no page at this address.');
		expect(log).not.toHaveBeenCalled();
	});

	it('does not log a client’s fault (a 400) as an error', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		await handleError({
			error: new Error('Malformed URI'),
			event: event('/learn/%E0%A4%A', null),
			status: 400,
			message: 'Bad Request'
		});
		expect(log).not.toHaveBeenCalled();
	});
});

describe('handle', () => {
	it('turns a form body that cannot be parsed into a 400, whatever the route', async () => {
		const request = new Request('http://localhost/quiz/x?/answer', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
			body: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end'
		});
		const ev = { ...event('/quiz/x', '/quiz/[module]'), request } as unknown as RequestEvent;
		const resolve = async (e: RequestEvent) => {
			await e.request.formData();
			return new Response('parsed');
		};
		await expect(handle({ event: ev, resolve })).rejects.toMatchObject({ status: 400 });
	});
});
