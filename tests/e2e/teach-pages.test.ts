// The teacher guide and the two statements: real pages, reachable, accessible.
import { axeViolations, expect, test } from './fixtures';

for (const [path, heading, words] of [
	['/teach/guide', 'Teacher guide', 'A 45-minute lesson'],
	['/accessibility', 'Accessibility', 'How it is tested'],
	['/privacy', 'Privacy', 'What a results link contains']
] as const) {
	test(`${path} explains itself and passes axe`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.getByRole('heading', { name: words })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}
