// A focused quotation's tooltip opens in the text's flow: it never covers another paragraph.
import { expect, test } from './fixtures';

const REUTERS = '/sources/002_f2ce5798af53c9ec';

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
]) {
	test(`${viewport.width} px: a focused quote's tooltip covers no other paragraph`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto(REUTERS);
		const marks = page.locator('mark.quote');
		const count = await marks.count();
		expect(count).toBeGreaterThan(3);
		for (let i = 0; i < count; i++) {
			await marks.nth(i).focus();
			const covered = await marks.nth(i).evaluate((mark) => {
				const tip = document.getElementById(mark.getAttribute('aria-describedby')!)!;
				const t = tip.getBoundingClientRect();
				const own = mark.closest('p');
				return [...document.querySelectorAll('p.para')]
					.filter((p) => p !== own)
					.filter((p) => {
						const r = p.getBoundingClientRect();
						return r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom;
					})
					.map((p) => p.id);
			});
			await expect(page.getByRole('tooltip').filter({ visible: true })).toHaveCount(1);
			expect(covered, `quote ${i}`).toEqual([]);
		}
	});
}
