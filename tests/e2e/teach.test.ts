// The teachers' page: how to hand out a quiz, and a class-link form per module that works without JavaScript.
import { axeViolations, expect, test } from './fixtures';

test.describe('teach page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('opens a seeded class link for a module', async ({ page }) => {
		await page.goto('/teach');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teach with Attributed');
		const modules = page.locator('.modules > li');
		expect(await modules.count()).toBeGreaterThanOrEqual(5);
		const first = modules.first();
		await first.getByLabel('Seed for your class').fill('31');
		await first.getByRole('button', { name: 'Open the class link' }).click();
		await expect(page).toHaveURL(/\/quiz\/[a-z0-9-]+\?seed=31$/);
	});
});

test('the teach page links to the report and has no axe violations', async ({ page }) => {
	await page.goto('/teach');
	await page.getByRole('link', { name: 'Open the class report' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Class report');
	expect(await axeViolations(page)).toEqual([]);
	await page.goto('/teach');
	expect(await axeViolations(page)).toEqual([]);
});
