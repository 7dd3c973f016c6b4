// Offline: after one online visit the service worker serves explainers, sources and the offline notice.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { htmlRoutes } from './routes';
import { loadSite, makeToken } from './tokens';

test.use({ serviceWorkers: 'allow' });

const explainer = htmlRoutes().find((r) => r.name === 'an explainer')!.path;
const source = htmlRoutes().find((r) => r.name === 'a source')!.path;

/** Opens the home page online and waits until the service worker has precached and taken control. */
async function visitOnline(page: Page) {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
}

test('after one online visit, an explainer and a source reload offline', async ({
	page,
	context
}) => {
	await visitOnline(page);
	await goOffline(context);

	await page.goto(explainer);
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('figure.graphic').first()).toBeVisible();
	await page.reload();
	await expect(page.locator('h1')).toBeVisible();

	await page.goto(source);
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('[id^="q-"]').first()).toBeAttached();
	await page.reload();
	await expect(page.locator('h1')).toBeVisible();
});

test('a page that needs the network says so plainly offline', async ({ page, context }) => {
	const site = await loadSite(String(test.info().project.use.baseURL));
	await visitOnline(page);
	await goOffline(context);
	// A quiz page is rendered by the server for each answer.
	await page.goto(`/quiz/${site.modules[0]!.slug}?seed=3`);
	await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
	await expect(page.getByText('This page needs the network')).toBeVisible();
	await expect(page.getByRole('link', { name: 'the explainers' })).toBeVisible();
});

test('a results link opened offline is scored in the browser, as the server scores it', async ({
	page,
	context
}) => {
	const site = await loadSite(String(test.info().project.use.baseURL));
	const token = makeToken(site, site.modules[0]!.slug, 21, (i) => i % 2 === 0);
	// The server's score, asked outside the browser so its HTTP cache does not keep the page: this
	// link is new to the browser when it goes offline.
	const html = await (await page.request.get(`/results/${token}`)).text();
	const [, points, total] = /<strong[^>]*>([\d.]+)<\/strong>\s*out of (\d+)/.exec(html) ?? [];
	expect(Number(total)).toBeGreaterThan(0);

	await visitOnline(page);
	await goOffline(context);
	await page.goto(`/results/${token}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
	await expect(
		page.getByText(/You are offline, so this browser worked out your score/)
	).toBeVisible();
	await expect(page.getByText(/out of \d+/)).toHaveText(
		new RegExp(`^${points}\\s*out of ${total}$`)
	);
	await expect(
		page.getByRole('list', { name: 'Question by question' }).getByRole('listitem')
	).toHaveCount(Number(total));
});

test('a results page seen online opens again offline, as it was', async ({ page, context }) => {
	const site = await loadSite(String(test.info().project.use.baseURL));
	const token = makeToken(site, site.modules[0]!.slug, 22, (i) => i % 3 === 0);
	await page.goto(`/results/${token}`);
	const online = await page.getByRole('region', { name: 'Score' }).innerText();
	await visitOnline(page);
	await goOffline(context);
	await page.goto(`/results/${token}`);
	await expect(page.getByRole('region', { name: 'Score' })).toHaveText(online);
});

/** Answers the question on screen: the first choice, or 1000 for an estimate. */
async function answerShown(page: Page) {
	await expect(page.locator('#question-heading')).toBeVisible();
	if (await page.locator('input[name=typed]').count()) {
		await page.getByLabel('Or type a number').fill('1000');
	} else {
		await page.locator('input[name=answer]').first().check();
	}
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: /Right|Close|Not quite/ })
	).toBeVisible();
}

test.describe('a quiz', () => {
	test.use({ allowOfflineErrors: true });
	test('started online, finished offline, its results shown from the link in the browser', async ({
		page,
		context
	}) => {
		const site = await loadSite(String(test.info().project.use.baseURL));
		await visitOnline(page);
		await page.goto(`/quiz/${site.modules[0]!.slug}?seed=5`);
		// The first answer goes to the server.
		await answerShown(page);
		const answeredOnline = page.url();
		await page.getByRole('link', { name: 'Next question' }).click();
		// Offline only once the next question has come: cutting the click's own request (a busy
		// machine is slow to send it) would test a failed navigation instead.
		await page.waitForURL((url) => url.href !== answeredOnline);
		await expect(page.locator('#question-heading')).toBeVisible();
		await goOffline(context);
		// The rest is marked in this browser.
		let answered = 1;
		for (;;) {
			await answerShown(page);
			answered += 1;
			await expect(
				page.getByText('You are offline. This browser is keeping your answers')
			).toBeVisible();
			const next = page.getByRole('button', { name: 'Next question' });
			if (!(await next.count())) break;
			await next.click();
		}
		const results = page.getByRole('link', { name: 'See your results' });
		const href = (await results.getAttribute('href'))!;
		await results.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
		await expect(
			page.getByRole('list', { name: 'Question by question' }).getByRole('listitem')
		).toHaveCount(answered);
		const shown = await page.getByText(/out of \d+/).innerText();

		// The oracle: the server scores the same link once the connection is back.
		await context.setOffline(false);
		const html = await (await page.request.get(href)).text();
		const [, points, total] = /<strong[^>]*>([\d.]+)<\/strong>\s*out of (\d+)/.exec(html) ?? [];
		expect(Number(total)).toBe(answered);
		expect(shown).toMatch(new RegExp(`^${points}\\s*out of ${total}$`));
	});
});
