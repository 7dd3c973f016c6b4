// A finished round's results link says which try it was in this browser and how many minutes it
// took, with and without JavaScript; the class report shows a second try as one.
import type { Page } from '@playwright/test';
import { decodeResult, type ResultMeta } from '../../src/lib/quiz/token';
import { expect, test } from './fixtures';
import { next, position } from './quiz-helpers';

test.describe.configure({ timeout: 180_000 });

const CLASS_LINK = '/quiz/huawei?seed=31';

/** Answers every question with the choice at `pick` (or an estimate) and returns the results token. */
async function finishRound(page: Page, pick: number): Promise<string> {
	const [, total] = await position(page);
	for (let i = 0; i < total; i++) {
		await expect(page.locator('#question-heading')).toBeVisible();
		if (await page.locator('input[name=typed]').count()) {
			await page.getByLabel('Or type a number').fill(String(1000 * (pick + 1)));
		} else {
			const choices = page.locator('input[name=answer]');
			await choices.nth(Math.min(pick, (await choices.count()) - 1)).check();
		}
		await page.getByRole('button', { name: 'Check my answer' }).click();
		await expect(page.locator('#feedback-heading')).toBeVisible();
		await next(page, i === total - 1);
	}
	return decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
}

function metaOf(token: string): ResultMeta {
	const decoded = decodeResult(token);
	if (!decoded.ok) throw new Error(decoded.error);
	return decoded.result.meta ?? {};
}

for (const javaScriptEnabled of [true, false]) {
	test(`finishing a round twice gives attempt 2, with minutes (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
		page
	}) => {
		await page.goto(CLASS_LINK);
		const first = metaOf(await finishRound(page, 0));
		// No fixed clock: the day is one of the days the test ran on, the minutes a small whole number.
		expect(first).toMatchObject({ attempt: 1, practice: false });
		expect(first.minutes).toBeGreaterThanOrEqual(0);
		expect(first.minutes).toBeLessThan(60);
		expect(first.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		// The results link is fixed when the last answer came in: a reload of the last verdict keeps it.
		await page.goBack();
		const link = page.getByRole('link', { name: 'See your results' });
		const before = await link.getAttribute('href');
		await page.reload();
		await expect(link).toHaveAttribute('href', before!);
		await link.click();

		await page.getByRole('link', { name: 'Take the same quiz again' }).click();
		await expect(page).toHaveURL(/seed=31$/);
		const second = metaOf(await finishRound(page, 1));
		expect(second).toMatchObject({ attempt: 2, practice: false });
		expect(second.minutes).toBeGreaterThanOrEqual(0);

		if (!javaScriptEnabled) return;
		// The class report, with the second try named: it is visibly not a first try.
		const secondLink = page.url();
		await page.goto('/teach/report');
		await expect(page.getByRole('button', { name: 'Make the report' })).toBeEnabled();
		await page.getByLabel(/Results links/).fill(secondLink);
		await page.getByRole('button', { name: 'Make the report' }).click();
		const row = page.locator('tbody tr').first();
		await expect(row.locator('.retake')).toHaveText('2nd try');
		await expect(row.locator('.details')).toContainText(`${second.minutes} min`);
	});
}
