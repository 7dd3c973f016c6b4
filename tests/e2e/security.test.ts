// Security headers and the Content-Security-Policy on every kind of route, and no CSP violation in the browser.
import { expect, test } from './fixtures';
import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { htmlRoutes, otherRoutes, type Route } from './routes';
import { loadSite, makeToken } from './tokens';

function expectCommonHeaders(response: APIResponse) {
	const headers = response.headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');
	expect(headers['permissions-policy']).toContain('camera=()');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
}

/** The policy a page runs under: SvelteKit's header for server-rendered pages, its <meta> for prerendered ones. */
async function pagePolicy(response: APIResponse): Promise<string> {
	const header = response.headers()['content-security-policy'] ?? '';
	if (header.includes('script-src')) return header;
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
		await response.text()
	);
	return (meta?.[1] ?? '').replace(/&#39;|&apos;/g, "'");
}

/** Records CSP violations from the first moment of each document (init scripts are exempt from CSP). */
async function watchViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
}

async function checkPage(page: Page, request: APIRequestContext, route: Route) {
	const response = await request.get(route.path);
	expect(response.status(), route.path).toBe(route.status ?? 200);
	expectCommonHeaders(response);
	const policy = await pagePolicy(response);
	expect(policy).toMatch(/script-src 'self' 'sha256-/);
	expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
	expect(policy).toContain("object-src 'none'");
	expect(policy).toContain("default-src 'self'");
	if (route.noindex) expect(response.headers()['x-robots-tag']).toBe('noindex, nofollow');

	await page.goto(route.path);
	await page.waitForLoadState('networkidle');
	expect(
		await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
	).toEqual([]);
	if (route.noindex) {
		await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
	}
}

test.describe('security headers and CSP', () => {
	test.beforeEach(async ({ page }) => {
		await watchViolations(page);
	});

	test.use({ allowHttpErrors: true });

	for (const route of htmlRoutes()) {
		test(`${route.name}: headers, a strict script policy and no violations`, async ({
			page,
			request
		}) => {
			await checkPage(page, request, route);
		});
	}

	test('results pages (server-rendered, good and broken): headers, CSP, noindex', async ({
		page,
		request
	}) => {
		const site = await loadSite(String(test.info().project.use.baseURL));
		const token = makeToken(site, site.modules[0]!.slug, 3, (i) => i % 2 === 0, 'Lee');
		await checkPage(page, request, { name: 'results', path: `/results/${token}`, noindex: true });
		await checkPage(page, request, {
			name: 'broken results',
			path: `/results/${token.slice(0, -2)}`,
			status: 400,
			noindex: true
		});
		await checkPage(page, request, {
			name: 'quiz',
			path: `/quiz/${site.modules[0]!.slug}?seed=3`
		});
		const card = await request.get(`/results/${token}/card.png`);
		expect(card.status()).toBe(200);
		expectCommonHeaders(card);
		expect(card.headers()['x-robots-tag']).toBe('noindex, nofollow');
	});

	for (const route of otherRoutes()) {
		test(`${route.name}: headers`, async ({ request }) => {
			const response = await request.get(route.path);
			expect(response.status()).toBe(route.status ?? 200);
			expectCommonHeaders(response);
			if (route.type) expect(response.headers()['content-type']).toContain(route.type);
		});
	}
});
