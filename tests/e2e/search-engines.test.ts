// What search engines may fetch and index, read as crawlers read it: robots.txt through a real parser,
// then each page's robots meta tag, X-Robots-Tag header and canonical link.
import robotsParser from 'robots-parser';
import { expect, test } from './fixtures';
import { loadSite, makeRecord, makeToken } from './tokens';
import { progressUrl } from '../../src/lib/quiz/progress';

const CRAWLERS = ['Googlebot', 'bingbot', 'DuckDuckBot'];

test('results pages can be fetched by crawlers, so their noindex is seen', async ({ request }) => {
	const base = String(test.info().project.use.baseURL);
	const site = await loadSite(base);
	const token = makeToken(site, site.modules[0]!.slug, 3, (i) => i % 2 === 0, 'Lee');
	const robots = robotsParser(
		`${base}/robots.txt`,
		await (await request.get('/robots.txt')).text()
	);
	for (const path of [`/results/${token}`, `/results/${token}/card.png`]) {
		for (const crawler of CRAWLERS) {
			expect(robots.isAllowed(`${base}${path}`, crawler), `${crawler} ${path}`).toBe(true);
		}
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		expect(response.headers()['x-robots-tag']).toBe('noindex, nofollow');
	}
	const page = await request.get(`/results/${token}`);
	expect(await page.text()).toMatch(/<meta name="robots" content="noindex, nofollow"/);
});

test('quiz questions and feedback are indexable, each round pointing to its module', async ({
	page
}) => {
	const base = String(test.info().project.use.baseURL);
	const site = await loadSite(base);
	const slug = site.modules[0]!.slug;
	const record = makeRecord(site, slug, 4, () => true);
	const question = `/quiz/${slug}?seed=4`;
	const feedback = progressUrl(
		slug,
		{ seed: 4, only: null, answers: record.answers.slice(0, 1) },
		true
	);
	for (const path of [question, feedback]) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		expect(response?.headers()['x-robots-tag']).toBeUndefined();
		await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
		const canonical = page.locator('link[rel="canonical"]');
		await expect(canonical).toHaveCount(1);
		// Absolute, and the module's address without the seed or answers.
		expect(await canonical.getAttribute('href')).toBe(new URL(`/quiz/${slug}`, base).href);
	}
});
