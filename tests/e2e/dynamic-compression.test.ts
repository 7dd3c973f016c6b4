// Pages rendered on request reach the browser compressed by serve.js, against the production build.
import { expect, test } from './fixtures';
import { loadSite, makeToken, type Site } from './tokens';

let site: Site;

test.beforeAll(async () => {
	site = await loadSite(String(test.info().project.use.baseURL));
});

test('a results page and its data arrive compressed, decode to the same text, and say they vary', async ({
	page,
	request
}) => {
	const path = `/results/${makeToken(site, site.modules[0]!.slug, 31, (i) => i % 2 === 0, 'Zip')}`;
	for (const url of [path, `${path}/__data.json`]) {
		const plain = await request.get(url, { headers: { 'accept-encoding': 'identity' } });
		const brotli = await request.get(url, { headers: { 'accept-encoding': 'br' } });
		const gzip = await request.get(url, { headers: { 'accept-encoding': 'gzip' } });
		expect(plain.headers()['content-encoding']).toBeUndefined();
		expect(brotli.headers()['content-encoding']).toBe('br');
		expect(gzip.headers()['content-encoding']).toBe('gzip');
		// Playwright decodes the bodies: the same answer every way.
		const text = await plain.text();
		expect(await brotli.text()).toBe(text);
		expect(await gzip.text()).toBe(text);
		for (const answer of [plain, brotli, gzip]) {
			expect(answer.headers()['vary']).toMatch(/accept-encoding/i);
		}
	}
	// Chromium asks for and decodes it as a student's browser does.
	const response = await page.goto(path);
	expect((await response?.allHeaders())?.['content-encoding']).toMatch(/^(br|gzip)$/);
	await expect(page.getByText('Zip’s result', { exact: true })).toBeVisible();
});

test('the PNG card and a HEAD request are sent as the app made them', async ({ request }) => {
	const path = `/results/${makeToken(site, site.modules[0]!.slug, 32, () => true)}`;
	const card = await request.get(`${path}/card.png`, {
		headers: { 'accept-encoding': 'br, gzip' }
	});
	expect(card.headers()['content-type']).toBe('image/png');
	expect(card.headers()['content-encoding']).toBeUndefined();
	expect((await card.body()).length).toBe(Number(card.headers()['content-length']));
	const head = await request.head(path, { headers: { 'accept-encoding': 'br, gzip' } });
	expect(head.status()).toBe(200);
	expect(head.headers()['content-encoding']).toBeUndefined();
});
