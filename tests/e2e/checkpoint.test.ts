// Explainer checkpoints answer in place: without JavaScript the page stays at the checkpoint with its verdict.
import { expect, test } from './fixtures';

const PAGE = '/learn/indictment-2014';

test.describe('a checkpoint without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the verdict for the chosen answer in place, at the checkpoint', async ({ page }) => {
		await page.goto(PAGE);
		const checkpoint = page.locator('section.checkpoint').first();
		// The answer as the disclosure states it, read before choosing.
		await checkpoint.getByText('Show the answer and its source').click();
		const answer = (await checkpoint.locator('details strong').textContent())!.trim();
		const choices = checkpoint.locator('a.choice');
		const labels = (await choices.allTextContents()).map((t) => t.split(',')[0]!.trim());
		expect(labels).toContain(answer);
		const wrong = labels.findIndex((l) => l !== answer);

		await choices.nth(wrong).click();
		await expect(page).toHaveURL(/#.+-picked-\d+$/);
		const verdict = checkpoint.locator('.picked:visible');
		await expect(verdict).toHaveCount(1);
		await expect(verdict).toContainText(`Not quite: you picked ${labels[wrong]}`);
		await expect(verdict).toBeInViewport();
		// Still the same page, scrolled to the checkpoint, not reloaded at the top.
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);

		await choices.nth(labels.indexOf(answer)).click();
		await expect(checkpoint.locator('.picked:visible')).toContainText(`Right: ${answer}`);
		await expect(checkpoint.locator('.picked:visible')).toBeInViewport();
	});
});

test.describe('a checkpoint with JavaScript', () => {
	test('shows one verdict in place and announces it', async ({ page }) => {
		await page.goto(PAGE);
		await page.locator('section.checkpoint.live').first().waitFor();
		const checkpoint = page.locator('section.checkpoint').first();
		const choices = checkpoint.locator('a.choice');
		await choices.first().click();
		await expect(checkpoint.locator('.picked:visible')).toHaveCount(1);
		await expect(checkpoint.locator('.picked:visible')).toBeFocused();
		await expect(checkpoint.locator('[aria-live]')).toHaveText(/Right\.|Not quite\./);
		await choices.nth(1).click();
		await expect(checkpoint.locator('.picked:visible')).toHaveCount(1);
		await expect(checkpoint.locator('.picked:visible')).toHaveAttribute('id', /-picked-1$/);
	});
});
