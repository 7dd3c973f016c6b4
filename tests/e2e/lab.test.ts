// The lab end to end: a teacher pastes an invented article, corrects a speaker, shares the quiz link; a
// student in another browser takes it; the class report reads the student's results link. No request
// made during the flow carries the article.
import type { Page, Request } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { ARTICLE, DISTINCTIVE, articleHtml, pasteRichText, takeLabQuiz } from './lab-helpers';

/** Every request a page makes, with its URL and body, to search for the article's words. */
function recordRequests(page: Page, into: string[]) {
	page.on('request', (request: Request) => {
		into.push(`${request.method()} ${request.url()}\n${request.postData() ?? ''}`);
	});
}

/** The review card of the quote holding `words`. */
const reviewOf = (page: Page, words: string) =>
	page.locator('#review-heading ~ ol > li').filter({ hasText: words });

/** The quiz preview's who-said question about the quote holding `words`, if the round has one. */
const whoSaidAbout = (page: Page, words: string) =>
	page
		.locator('#quiz-heading ~ ol > li')
		.filter({ hasText: 'who said it' })
		.filter({ hasText: words });

test('paste, correct a speaker, share, take the quiz in another browser, read it in the class report', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(240_000);
	const requests: string[] = [];
	recordRequests(page, requests);

	await page.goto('/lab');
	await expect(page.getByText('The article never leaves this device.')).toBeVisible();
	await pasteRichText(page, articleHtml(), ARTICLE.text);
	await page.getByRole('button', { name: 'Read this article' }).click();

	// Readability picked the body and the page's metadata; the navigation and footer are gone.
	const field = (name: string | RegExp) => page.getByRole('textbox', { name, exact: true });
	await expect(field('Title')).toHaveValue(ARTICLE.title);
	await expect(field('Outlet')).toHaveValue(ARTICLE.outlet);
	await expect(field(/^Date/)).toHaveValue(ARTICLE.date);
	const article = page.getByRole('article', { name: ARTICLE.title });
	await expect(article).toContainText('ferry pier');
	await expect(article).not.toContainText('Subscribe to our newsletter');
	// Quotes and figures are marked with labels a screen reader hears, not colour alone.
	await expect(article.locator('mark.quote').first()).toContainText(/Quote Q1, said by/);
	await expect(page.getByRole('region', { name: 'Who said what' })).toContainText(
		'Priya Nandakumar'
	);

	// The review: the quote is pinned on someone else, and the quiz follows at once.
	const card = reviewOf(page, DISTINCTIVE);
	const speaker = card.getByLabel(/Said by/);
	const weller = await speaker
		.locator('option', { hasText: /^Tomas Weller\b/ })
		.getAttribute('value');
	await speaker.selectOption(weller!);
	await expect(page.getByRole('region', { name: 'Who said what' })).not.toContainText(
		'Priya Nandakumar'
	);
	// The round number decides which items become which kind: find one asking who said the quote.
	let round = 1;
	for (; round <= 60; round++) {
		await page.getByLabel('Round number').fill(String(round));
		await page.getByLabel('Round number').press('Enter');
		await expect(page.locator('#quiz-heading ~ ol > li').first()).toBeVisible();
		if ((await whoSaidAbout(page, DISTINCTIVE).count()) > 0) break;
	}
	expect(round, 'a round with a who-said question about the quote').toBeLessThanOrEqual(60);
	await expect(whoSaidAbout(page, DISTINCTIVE)).toContainText('Answer: Tomas Weller');
	expect(await axeViolations(page)).toEqual([]);

	// The review survives a reload, on this device.
	await page.reload();
	await expect(reviewOf(page, DISTINCTIVE).getByLabel(/Said by/)).toHaveValue(/.+/);
	await expect(whoSaidAbout(page, DISTINCTIVE)).toContainText('Answer: Tomas Weller');

	const shareLink = page.getByLabel('Give your students this link');
	await expect(shareLink).toHaveValue(/\/lab\/play#q1\./);
	const link = await shareLink.inputValue();
	expect(link.startsWith(`${baseURL}/lab/play#`)).toBe(true);
	await expect(page.locator('.qr svg')).toBeVisible();

	// A second browser, the student's: it has nothing but the link.
	const student = await browser.newContext({ serviceWorkers: 'block' });
	const play = await student.newPage();
	recordRequests(play, requests);
	await play.goto(link);
	await expect(play.getByRole('heading', { level: 1, name: ARTICLE.title })).toBeVisible();
	await expect(play.locator('#question-heading')).toBeVisible();
	expect(await axeViolations(play)).toEqual([]);
	await play.locator('#question-heading').focus();
	const points = await takeLabQuiz(play);
	await play.getByLabel(/Your name/).fill('Robin');
	const resultsField = play.getByLabel('Your results link');
	await expect(resultsField).toHaveValue(/\/lab\/results#r1\./);
	const results = await resultsField.inputValue();
	await expect(play.getByRole('heading', { name: /^Robin:/ })).toContainText(`${points} out of`);
	expect(await axeViolations(play)).toEqual([]);
	// The link alone shows the same result, wherever it is opened.
	await play.goto(results);
	await expect(play.getByRole('heading', { name: /^Robin:/ })).toContainText(`${points} out of`);
	expect(await axeViolations(play)).toEqual([]);
	await student.close();

	// The teacher prints the round: the teacher pack's worksheet and answer key.
	await page.goto('/lab');
	await page.getByRole('link', { name: 'Print a worksheet and answer key' }).click();
	await expect(page.getByRole('heading', { level: 1, name: ARTICLE.title })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Answer key:/ })).toContainText(ARTICLE.title);
	await expect(page.locator('.key')).toContainText('Tomas Weller');

	// Back with the teacher: the class report reads the results link among other text.
	await page.goto('/teach/report');
	await expect(page.getByRole('button', { name: 'Make the report' })).toBeEnabled();
	await page.getByLabel(/Results links/).fill(`From Robin:\n${results}\n`);
	await page.getByRole('button', { name: 'Make the report' }).click();
	await expect(page.getByRole('heading', { name: /^Report:/ })).toHaveText(
		'Report: 1 student in 1 module'
	);
	const grid = page.getByRole('region', { name: /each student's answer/ });
	const row = grid.locator('tbody tr').filter({ hasText: 'Robin' });
	await expect(row.locator('td.score')).toHaveText(new RegExp(`^${points}/\\d+$`));
	await expect(row.getByRole('link', { name: 'Robin' })).toHaveAttribute(
		'href',
		/^\/lab\/results#r1\./
	);

	// Nothing of the article went anywhere: not in a URL, not in a request body.
	expect(requests.length).toBeGreaterThan(0);
	const carrying = requests.filter(
		(r) => r.includes(DISTINCTIVE) || r.includes(encodeURIComponent(DISTINCTIVE))
	);
	expect(carrying).toEqual([]);
	expect(requests.filter((r) => r.includes('#q1.') || r.includes('#r1.'))).toEqual([]);
});

test.describe('a link that cannot be read', () => {
	test('garbage after the # gets a clear error page', async ({ page }) => {
		await page.goto('/lab/play#garbage');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('This quiz link does not work');
		await expect(alert).toContainText('is not a quiz link made by the lab');
		await expect(page.getByLabel('Or paste the quiz link')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a link cut short says how much is missing', async ({ page }) => {
		await page.goto('/lab');
		await page.getByLabel('Paste a news article').fill(ARTICLE.text);
		await page.getByRole('button', { name: 'Read this article' }).click();
		const shareLink = page.getByLabel('Give your students this link');
		await expect(shareLink).toHaveValue(/\/lab\/play#q1\./);
		const link = await shareLink.inputValue();
		await page.goto(link.slice(0, link.length - 40));
		await expect(page.getByRole('alert')).toContainText(
			/This quiz link is cut short: 40 of its \d+ characters are missing/
		);
		// A cut results link says so too, on its own page.
		await page.goto('/lab/results#r1.zz.abc');
		await expect(page.getByRole('alert')).toContainText('This results link');
	});
});

test('without JavaScript, the lab says it needs it and the rest of the site works', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto('/lab');
	await expect(
		page.getByText(/The lab needs JavaScript: it reads the article on your device/)
	).toBeVisible();
	await page.getByRole('link', { name: 'quizzes' }).click();
	await expect(page).toHaveURL(/\/quiz$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await context.close();
});
