// Helpers for driving a quiz in the browser: by keyboard alone, or by pointer.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Presses Tab until the focused element matches, failing after `max` presses. */
export async function tabTo(page: Page, matches: (el: Element) => boolean, what: string, max = 60) {
	const source = `(${matches.toString()})(document.activeElement)`;
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => Boolean(document.activeElement && eval(s)), source)) return;
	}
	throw new Error(`Tab never reached ${what}`);
}

/** Answers the question on screen with the keyboard only, and returns once the verdict shows. */
export async function answerByKeyboard(page: Page, sure: boolean) {
	await tabTo(
		page,
		(el) => ['answer', 'position'].includes((el as HTMLInputElement).name ?? ''),
		'the first answer'
	);
	const kind = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
	if (kind === 'range') await page.keyboard.press('ArrowRight');
	else await page.keyboard.press('Space');
	if (sure) {
		await tabTo(page, (el) => (el as HTMLInputElement).value === 'sure', 'the "sure" choice');
		await page.keyboard.press('Space');
	}
	await tabTo(page, (el) => el.textContent?.trim() === 'Check my answer', 'the submit button');
	await page.keyboard.press('Enter');
	await expect(page.locator('#feedback-heading')).toBeFocused();
}

/** Moves on from a verdict by keyboard; true when that was the last question. */
export async function nextByKeyboard(page: Page): Promise<boolean> {
	await tabTo(
		page,
		(el) => /^(Next question|See your results)$/.test(el.textContent?.trim() ?? ''),
		'the next link'
	);
	const last =
		(await page.evaluate(() => document.activeElement?.textContent?.trim())) !== 'Next question';
	await page.keyboard.press('Enter');
	return last;
}

/** Picks the first choice (or types an estimate) and submits, by pointer. */
export async function answerByPointer(page: Page) {
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

/** Reads "Question n of m" into numbers. */
export async function position(page: Page): Promise<[number, number]> {
	const text = (await page.getByText(/^Question \d+ of \d+$/).textContent()) ?? '';
	const [, n, m] = /Question (\d+) of (\d+)/.exec(text) ?? [];
	return [Number(n), Number(m)];
}

/** Clicks on from a verdict: to the next question (waiting for it) or, after the last, to the results. */
export async function next(page: Page, last = false) {
	await page.getByRole('link', { name: last ? 'See your results' : 'Next question' }).click();
	if (last) await expect(page).toHaveURL(/\/results\//);
	else await expect(page.locator('#question-heading')).toBeVisible();
}

/** Answers by pointer until the question on screen is an estimate. */
export async function advanceToEstimate(page: Page) {
	const [, total] = await position(page);
	for (let i = 0; i < total; i++) {
		if ((await page.locator('input[name=typed]').count()) > 0) return;
		await answerByPointer(page);
		await next(page);
	}
	throw new Error('this round has no estimate');
}
