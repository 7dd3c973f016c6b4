// Hostile requests against the built server: forged Host, over-full tokens, odd methods, odd path spellings, broken bodies.
import { expect, test } from './fixtures';
import { rawRequest } from './own-server';
import { loadSite, makeRecord, makeToken, type Site } from './tokens';
import { encodeResult } from '../../src/lib/quiz/token';

let site: Site;
let base: string;

test.beforeAll(async () => {
	base = String(test.info().project.use.baseURL);
	site = await loadSite(base);
});

test('a foreign Host header changes nothing in a results page or its redirects', async () => {
	const token = makeToken(site, site.modules[0]!.slug, 31, () => true, 'Host');
	const own = await rawRequest(base, `/results/${token}`);
	const forged = await rawRequest(base, `/results/${token}`, {
		headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' }
	});
	expect(forged.status).toBe(200);
	expect(forged.body.toString()).not.toContain('evil.example');
	expect(forged.body.equals(own.body)).toBe(true);
	expect(forged.headers['etag']).toBe(own.headers['etag']);
	// The og:image comes from the configured origin (the test server's ORIGIN).
	expect(own.body.toString()).toContain(`content="${base}/results/${token}/card.png?v=`);
	const redirect = await rawRequest(base, `/./results/${token}`, {
		headers: { host: 'evil.example' }
	});
	expect(redirect.status).toBe(308);
	expect(redirect.headers.location).toBe(`/results/${token}`);
});

test('a token with more answers than its quiz asks is refused with 400 before anything is drawn', async ({
	request
}) => {
	const module = site.modules[0]!;
	const own = makeRecord(site, module.slug, 41, () => true);
	const ids = new Set(own.answers.map((a) => a.question));
	const others = [42, 43, 44, 45]
		.flatMap((seed) => makeRecord(site, module.slug, seed, () => true).answers)
		.filter((a) => !ids.has(a.question) && ids.add(a.question));
	expect(others.length).toBeGreaterThan(0);
	const token = encodeResult({ ...own, answers: [...own.answers, ...others] });
	const page = await request.get(`/results/${token}`);
	expect(page.status()).toBe(400);
	expect(await page.text()).toContain(`this quiz asks at most ${module.count} questions`);
	const card = await request.get(`/results/${token}/card.png`);
	expect(card.status()).toBe(400);
	expect(card.headers()['content-type']).toContain('text/plain');
	// The real round, for comparison, is fine.
	expect((await request.get(`/results/${encodeResult(own)}`)).status()).toBe(200);
});

test('methods a page does not have get 405 with an Allow header', async () => {
	const token = makeToken(site, site.modules[0]!.slug, 32, () => true);
	const cases: [string, string, string][] = [
		['PUT', '/', 'GET, HEAD'],
		['DELETE', '/learn', 'GET, HEAD'],
		['TRACE', '/', 'GET, HEAD'],
		['POST', '/', 'GET, HEAD'],
		['POST', '/sources', 'GET, HEAD'],
		['PUT', `/results/${token}`, 'GET, HEAD, POST'],
		['DELETE', '/favicon.svg', 'GET, HEAD'],
		['POST', '/robots.txt', 'GET, HEAD']
	];
	for (const [method, path, allow] of cases) {
		const response = await rawRequest(base, path, { method, headers: { origin: base } });
		expect(response.status, `${method} ${path}`).toBe(405);
		expect(response.headers.allow, `${method} ${path}`).toBe(allow);
	}
	expect((await rawRequest(base, '/', { method: 'HEAD' })).status).toBe(200);
});

test('odd spellings of a path redirect to the canonical one', async () => {
	const token = makeToken(site, site.modules[0]!.slug, 33, () => true, 'Spelling');
	for (const path of [`/./results/${token}`, `/%72esults/${token}`, `/quiz/../results/${token}`]) {
		const response = await rawRequest(base, path);
		expect(response.status, path).toBe(308);
		expect(response.headers.location, path).toBe(`/results/${token}`);
	}
	const withQuery = await rawRequest(base, '/%71uiz?x=1');
	expect(withQuery.headers.location).toBe('/quiz?x=1');
});

test('a malformed form body gets 400, not 500, on both form actions', async () => {
	const token = makeToken(site, site.modules[0]!.slug, 34, () => true);
	const broken = {
		'content-type': 'multipart/form-data; boundary=XYZ',
		origin: base,
		accept: 'text/html'
	};
	const body = '--XYZ\r\nContent-Disposition: form-data; name="answer"\r\n\r\nno end';
	for (const path of [`/results/${token}?/name`, `/quiz/${site.modules[0]!.slug}?/answer`]) {
		const response = await rawRequest(base, path, { method: 'POST', headers: broken, body });
		expect(response.status, path).toBe(400);
		expect(response.body.toString(), path).toContain('The form could not be read');
	}
});
