// Results pages, their social cards and the name form, against the production build.
import ogs from 'open-graph-scraper';
import { expect, test, axeViolations } from './fixtures';
import { loadSite, makeRecord, makeToken, type Site } from './tokens';
import { encodeResult } from '../../src/lib/quiz/token';

const XSS = '<img src=x onerror="window.__xss=1">';
let site: Site;
let base: string;

test.beforeAll(async () => {
	base = String(test.info().project.use.baseURL);
	site = await loadSite(base);
});

function pngSize(bytes: Buffer) {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('results page', () => {
	test('shows the module, score, grid and each question with its source', async ({ page }) => {
		const slug = site.modules[0]!.slug;
		const record = makeRecord(site, slug, 11, (i) => i % 2 === 0);
		await page.goto(`/results/${encodeResult(record)}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.modules[0]!.title);
		const count = record.answers.length;
		const right = Math.ceil(count / 2);
		await expect(page.locator('.big')).toHaveText(`${right} out of ${count}`);
		const grid = page.getByRole('list', { name: 'Each question: right, close or wrong' });
		await expect(grid.getByRole('link')).toHaveCount(count);
		await expect(grid.getByRole('link', { name: 'Question 1: right' })).toBeVisible();
		await expect(grid.getByRole('link', { name: 'Question 2: wrong' })).toBeVisible();
		const items = page.locator('.review > li');
		await expect(items).toHaveCount(count);
		for (let n = 0; n < count; n++) {
			const href = await items.nth(n).locator('a[href^="/sources/"]').first().getAttribute('href');
			expect(href).toMatch(/^\/sources\/[\w-]+#[qf]-[0-9a-f]+$/);
		}
		await expect(page.getByRole('heading', { name: 'How sure, how right' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Take the same quiz again' })).toHaveAttribute(
			'href',
			// `again` starts a new round of the same questions, forgetting the one this browser recorded.
			`/quiz/${slug}?seed=11&again=1`
		);
		// Each square of the grid leads to its question in the review.
		await grid.getByRole('link', { name: 'Question 2: wrong' }).click();
		await expect(page.locator('#answer-2')).toBeInViewport();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('open-graph-scraper reads the tags and the card is a 1200×630 PNG', async ({ request }) => {
		const token = makeToken(site, site.modules[0]!.slug, 12, () => true, 'Mina');
		const { result, error } = await ogs({
			url: `${base}/results/${token}`,
			// localhost has no top-level domain, and results links can be long.
			urlValidatorSettings: {
				allow_fragments: true,
				allow_protocol_relative_urls: false,
				allow_query_components: true,
				allow_trailing_dot: false,
				allow_underscores: false,
				protocols: ['http'],
				require_host: true,
				require_port: true,
				require_protocol: true,
				require_tld: false,
				require_valid_protocol: true,
				validate_length: false
			}
		});
		expect(error).toBe(false);
		expect(result.ogTitle).toBe(`Mina’s result: ${site.modules[0]!.title}`);
		expect(result.ogDescription).toContain('right on');
		expect(result.twitterCard).toBe('summary_large_image');
		const image = result.ogImage?.[0];
		// The card's URL names the content version it shows, so it may be cached for good.
		expect(image?.url).toMatch(new RegExp(`^${base}/results/${token}/card\\.png\\?v=[\\w-]+$`));
		expect([image?.width, image?.height].map(Number)).toEqual([1200, 630]);

		const first = await request.get(image!.url);
		expect(first.status()).toBe(200);
		expect(first.headers()['content-type']).toBe('image/png');
		expect(first.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
		const bytes = await first.body();
		expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });

		const again = await request.get(image!.url);
		expect((await again.body()).equals(bytes)).toBe(true);
		const etag = first.headers()['etag'];
		expect(etag).toMatch(/^"[\w-]+"$/);
		const revalidated = await request.get(image!.url, { headers: { 'if-none-match': etag! } });
		expect(revalidated.status()).toBe(304);
		// Without the version (an old link), the card is still drawn but cached for a day only.
		const unversioned = await request.get(`/results/${token}/card.png`);
		expect(unversioned.headers()['cache-control']).toBe('public, max-age=86400');
	});

	test('a name with markup shows as text on the page and draws a card', async ({
		page,
		request
	}) => {
		const token = makeToken(site, site.modules[0]!.slug, 14, () => true, XSS);
		await page.goto(`/results/${token}`);
		await expect(page.getByText(`${XSS}’s result`, { exact: true })).toBeVisible();
		await expect(page.locator('main img')).toHaveCount(0);
		expect(
			await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
		).toBeUndefined();
		const card = await request.get(`/results/${token}/card.png`);
		expect(card.status()).toBe(200);
		expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
	});

	test('a student adds a name with JavaScript, and can remove it', async ({ page }) => {
		await page.goto(`/results/${makeToken(site, site.modules[0]!.slug, 15, () => true)}`);
		await page.getByLabel('Your name on this result (optional)').fill('  Zoë  ');
		await page.getByRole('button', { name: 'Update the link' }).click();
		await expect(page.getByText('Zoë’s result', { exact: true })).toBeVisible();
		expect(await page.getByLabel('Link to this result').inputValue()).toBe(page.url());
		await page.getByLabel('Your name on this result (optional)').fill('');
		await page.getByRole('button', { name: 'Update the link' }).click();
		await expect(page.getByText('Quiz result', { exact: true })).toBeVisible();
	});

	test('a name typed before the page has loaded its scripts is kept', async ({ page }) => {
		// A slow Chromebook: the form is there before the scripts that enhance it. What was typed
		// must survive their arrival.
		let release = (): void => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`/results/${makeToken(site, site.modules[0]!.slug, 18, () => true)}`, {
			waitUntil: 'commit'
		});
		await page.getByLabel('Your name on this result (optional)').fill('Zoë');
		release();
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
		await expect(page.getByLabel('Your name on this result (optional)')).toHaveValue('Zoë');
		await page.getByRole('button', { name: 'Update the link' }).click();
		await expect(page.getByText('Zoë’s result', { exact: true })).toBeVisible();
	});

	test('copy link puts the page address on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/results/${makeToken(site, site.modules[0]!.slug, 16, () => true)}`);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
	});
});

test.describe('results page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the name form works as a plain form post', async ({ page }) => {
		await page.goto(`/results/${makeToken(site, site.modules[0]!.slug, 17, () => true)}`);
		await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
		await page.getByLabel('Your name on this result (optional)').fill('Ravi');
		await page.getByRole('button', { name: 'Update the link' }).click();
		await expect(page.getByText('Ravi’s result', { exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.modules[0]!.title);
	});
});

test.describe('broken results links', () => {
	test.use({ allowHttpErrors: true });

	test('a tampered token gets a 400 page that says what is wrong', async ({ page }) => {
		const token = makeToken(site, site.modules[0]!.slug, 18, () => true);
		const tampered = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
		const response = await page.goto(`/results/${tampered}`);
		expect(response?.status()).toBe(400);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
		await expect(page.getByText('part of it is missing or was changed')).toBeVisible();
		expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
	});

	test('a truncated or mangled token gets 400 on the page and the card', async ({ request }) => {
		const token = makeToken(site, site.modules[0]!.slug, 19, () => true);
		for (const bad of [token.slice(0, -3), token.slice(0, 40), 'x', '%E2%80%AE', `${token}x`]) {
			const page = await request.get(`/results/${bad}`);
			expect(page.status(), bad).toBe(400);
			expect(await page.text()).not.toMatch(/at .*\.js:\d+/);
			const card = await request.get(`/results/${bad}/card.png`);
			expect(card.status(), bad).toBe(400);
			expect(card.headers()['content-type']).toContain('text/plain');
		}
	});

	test('a name over 40 characters is refused with the reason', async ({ request }) => {
		const token = makeToken(site, site.modules[0]!.slug, 20, () => true);
		const response = await request.post(`/results/${token}?/name`, {
			form: { name: 'x'.repeat(41) },
			headers: { origin: base, accept: 'text/html' }
		});
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('at most 40 characters; this one has 41');
	});
});

test('a result from a removed module still shows, under a title that says so', async ({ page }) => {
	const record = makeRecord(site, site.modules[0]!.slug, 21, () => true);
	const token = encodeResult({ ...record, module: 'a-removed-quiz' });
	const response = await page.goto(`/results/${token}`);
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A quiz that no longer exists');
	const card = await page.request.get(`/results/${token}/card.png`);
	expect(card.status()).toBe(200);
});

test('a results page is cacheable by URL, revalidates with its ETag, and client-side navigation still gets data', async ({
	page,
	request
}) => {
	const token = makeToken(site, site.modules[0]!.slug, 22, () => true, 'Cache');
	const first = await request.get(`/results/${token}`);
	expect(first.headers()['cache-control']).toBe('public, max-age=86400');
	const etag = first.headers()['etag'];
	expect(etag).toMatch(/^"[\w-]+"$/);
	const second = await request.get(`/results/${token}`);
	expect(await second.text()).toBe(await first.text());
	const revalidated = await request.get(`/results/${token}`, {
		headers: { 'if-none-match': etag! }
	});
	expect(revalidated.status()).toBe(304);
	expect(await revalidated.text()).toBe('');
	const changed = await request.get(`/results/${token}`, {
		headers: { 'if-none-match': '"other"' }
	});
	expect(changed.status()).toBe(200);
	// Warm the cache, then arrive by a client-side navigation, which asks for JSON data.
	await page.goto(`/results/${makeToken(site, site.modules[0]!.slug, 22, () => false)}`);
	// The copy button appears once the page has hydrated: only then does SvelteKit route clicks itself.
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
	await page.evaluate((href) => {
		const link = document.createElement('a');
		link.href = href;
		link.textContent = 'go';
		document.querySelector('main')!.append(link);
	}, `/results/${token}`);
	const dataRequest = page.waitForRequest((r) => r.url().includes('/__data.json'));
	await page.getByRole('link', { name: 'go', exact: true }).click();
	expect((await (await dataRequest).response())?.headers()['content-type']).toContain('json');
	await expect(page.getByText('Cache’s result', { exact: true })).toBeVisible();
});

test('static assets were compressed at build and reach the browser as brotli', async ({
	page,
	request
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/_app/immutable/') && r.url().endsWith('.js')) scripts.push(r.url());
	});
	await page.goto('/');
	await expect.poll(() => scripts.length).toBeGreaterThan(0);
	const plain = await request.get(scripts[0]!, { headers: { 'accept-encoding': 'identity' } });
	const brotli = await request.get(scripts[0]!, { headers: { 'accept-encoding': 'br' } });
	expect(brotli.headers()['content-encoding']).toBe('br');
	expect(plain.headers()['content-encoding']).toBeUndefined();
	// Playwright decodes the body: the same script either way.
	expect(await brotli.text()).toBe(await plain.text());
});
