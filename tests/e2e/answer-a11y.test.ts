// The new states of a question (a refused estimate, its message) and a checkpoint's verdict pass axe.
import { axeViolations, expect, test } from './fixtures';
import { answerByPointer, next } from './quiz-helpers';

test.describe.configure({ timeout: 120_000 });
test.use({ allowHttpErrors: true });

test('a refused estimate and its message have no axe violations', async ({ page }) => {
	await page.goto('/quiz/numbers?seed=42');
	while ((await page.locator('input[name=typed]').count()) === 0) {
		await answerByPointer(page);
		await next(page);
	}
	await page.getByLabel('Or type a number').fill('abc');
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByRole('alert')).toContainText('is not a number');
	expect(await axeViolations(page)).toEqual([]);
});

test('a checkpoint with its verdict shown has no axe violations', async ({ page }) => {
	await page.goto('/learn/indictment-2014');
	await page.locator('section.checkpoint.live').first().waitFor();
	await page.locator('section.checkpoint a.choice').first().click();
	await expect(page.locator('section.checkpoint .picked:visible')).toHaveCount(1);
	expect(await axeViolations(page)).toEqual([]);
});
