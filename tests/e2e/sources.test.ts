import { axeViolations, expect, test } from './fixtures';
import { sourceCount } from './routes';

const REUTERS = '/sources/002_f2ce5798af53c9ec';
const RT = '/sources/004_84ed3a5d0833b7e7';

test.describe('source reader', () => {
	test('marks a quotation with its speaker and role on focus and in the side list', async ({
		page
	}) => {
		await page.goto(REUTERS);
		const quote = page.locator('mark.quote').filter({ hasText: 'never conducted' });
		await quote.focus();
		const tip = page.getByRole('tooltip').filter({ hasText: 'Zheng Zeguang' });
		await expect(tip).toBeVisible();
		await expect(tip).toContainText('assistant foreign minister');
		await expect(tip).toContainText('relayed by Xinhua');
		const side = page.getByRole('complementary');
		await expect(side.getByText('Zheng Zeguang').first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('figures say who claims them', async ({ page }) => {
		await page.goto(REUTERS);
		const figure = page.locator('.figure').filter({ hasText: '1.18 million' });
		await figure.hover();
		await expect(page.getByRole('tooltip').filter({ hasText: 'claimed by CNCERT' })).toBeVisible();
	});

	test('an item another outlet reported links to that version, with the wording difference', async ({
		page
	}) => {
		await page.goto(REUTERS);
		const entry = page
			.getByRole('complementary')
			.getByRole('listitem')
			.filter({ hasText: 'never conducted' });
		await expect(entry).toContainText('wording differs');
		await expect(entry).toContainText('"Internet," → "internet,"');
		await entry.getByRole('link', { name: 'RT' }).click();
		await expect(page).toHaveURL(new RegExp(`${RT}#q-`));
		const id = new URL(page.url()).hash.slice(1);
		await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
		await expect(page.locator(`[id="${id}"]`)).toContainText('never conducted');
	});

	test('page furniture is shown folded, not dropped', async ({ page }) => {
		await page.goto(RT);
		const furniture = page.locator('details.furniture');
		expect(await furniture.count()).toBeGreaterThan(3);
		const first = furniture.first();
		await expect(first.locator('p')).toBeHidden();
		await first.locator('summary').click();
		await expect(first.locator('p')).toContainText('icon bookmark');
		// Each fold says why once: "page furniture", or "page furniture (byline)", never the same words twice.
		for (const summary of await furniture.locator('summary').allTextContents()) {
			expect(summary.replace(/\s+/g, ' ').trim()).toMatch(
				/^¶\d+: page furniture( \((?!page furniture)[^)]+\))?$/
			);
		}
	});

	test('every paragraph has an anchor numbered as the bank numbers it', async ({ page }) => {
		await page.goto(`${REUTERS}#p29`);
		await expect(page.locator('#p29')).toContainText('tit for tat');
		await expect(page.locator('#p29')).toBeInViewport();
	});
});

test.describe('sources comparison', () => {
	test('compares the articles: outlet, date, counts and what they share', async ({ page }) => {
		await page.goto('/sources');
		const rows = page.getByRole('table').locator('tbody tr');
		await expect(rows).toHaveCount(sourceCount);
		const reuters = rows.filter({ has: page.getByRole('rowheader', { name: /^Reuters/ }) });
		await expect(reuters).toContainText('20 May 2014');
		await expect(reuters.getByRole('link', { name: 'RT' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});
