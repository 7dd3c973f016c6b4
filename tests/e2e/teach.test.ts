// The teachers' page: how to hand out a quiz (the class link builder is in teach-link.test.ts) and the way to the report.
import { axeViolations, expect, test } from './fixtures';

test('the teach page links to the report and has no axe violations', async ({ page }) => {
	await page.goto('/teach');
	await page.getByRole('link', { name: 'Open the class report' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Class report');
	expect(await axeViolations(page)).toEqual([]);
	await page.goto('/teach');
	expect(await axeViolations(page)).toEqual([]);
});
