// The estimate control, sent by the server as plain HTML and woken when a student reaches for it: its
// live number must say what the server then records, and nothing the student did before the script
// ran may be written over. Checked in a real browser against the built server.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { advanceToEstimate } from './quiz-helpers';

test.describe.configure({ timeout: 120_000 });

const slider = (page: Page) => page.getByLabel('Your estimate');
const yourAnswer = (page: Page) => page.locator('.feedback dd').first();

test('the live number follows the keyboard and is the answer the server records', async ({
	page
}) => {
	await page.goto('/quiz/numbers?seed=42');
	await advanceToEstimate(page);
	await slider(page).focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	const shown = page.locator('.current output');
	await expect(shown).not.toHaveClass(/unread/);
	const number = (await shown.textContent())!;
	expect(number).toMatch(/^[\d,.]+$/);
	await expect(slider(page)).toHaveAttribute('aria-valuetext', new RegExp(`^${number} `));
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(yourAnswer(page)).toHaveText(number);
});

test('a slider moved and brought back to its start still counts as moved', async ({ page }) => {
	await page.goto('/quiz/numbers?seed=42');
	await advanceToEstimate(page);
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowLeft');
	await expect(slider(page)).toHaveValue('500');
	await expect(page.locator('.current output')).not.toHaveClass(/unread/);
	const number = (await page.locator('.current output').textContent())!;
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(yourAnswer(page)).toHaveText(number);
});

test('a number typed before the script ran is kept and read', async ({ page }) => {
	await page.goto('/quiz/numbers?seed=42');
	await advanceToEstimate(page);
	const url = page.url();
	// Hold every script until the number is typed into the server-drawn field.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(url, { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Or type a number').fill('2k');
	release();
	await page.waitForLoadState('load');
	await expect(page.getByLabel('Or type a number')).toHaveValue('2k');
	// The live number reads what is there, as the server does.
	await expect(page.locator('.current output')).toHaveText('2,000');
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(yourAnswer(page)).toHaveText('2,000');
});
