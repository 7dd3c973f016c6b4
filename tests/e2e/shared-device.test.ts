// Shared devices: a class link opened where someone left an unfinished round asks whose turn it is,
// and "This is a shared computer" keeps nothing once the results link is on screen.
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { answerByPointer, next, position, tabTo } from './quiz-helpers';

test.describe.configure({ timeout: 180_000 });

const CLASS_LINK = '/quiz/cisco-ibm-trust?seed=77';
const turnHeading = (page: Page) => page.getByRole('heading', { name: 'Whose turn is it?' });

async function roundCookies(context: BrowserContext) {
	return (await context.cookies()).filter((c) => /^(round|tries)-/.test(c.name));
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('the next student is asked whose turn it is, and a new student starts clean', async ({
			page
		}) => {
			// Student A answers two questions and walks away.
			await page.goto(CLASS_LINK);
			await answerByPointer(page);
			await next(page);
			await answerByPointer(page);
			const [, total] = await position(page);

			// Student B opens the same class link: no question, no answer of A's, a choice.
			await page.goto(CLASS_LINK);
			await expect(turnHeading(page)).toBeVisible();
			await expect(page.getByText(`answered 2 of ${total} questions`)).toBeVisible();
			await expect(page.locator('#question-heading')).toHaveCount(0);
			await expect(page.locator('#feedback-heading')).toHaveCount(0);
			if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);

			// "Continue that round" takes A back to question 3.
			await page.getByRole('link', { name: 'Continue that round' }).click();
			await expect(page.locator('#question-heading')).toBeVisible();
			expect(await position(page)).toEqual([3, total]);

			// By keyboard alone: B says they are new, and gets question 1 with no answers carried.
			await page.goto(CLASS_LINK);
			await tabTo(
				page,
				(el) => el.textContent?.trim() === 'I’m a new student',
				'the new-student button'
			);
			await page.keyboard.press('Enter');
			await expect(page.locator('#question-heading')).toBeVisible();
			expect(await position(page)).toEqual([1, total]);
			expect(new URL(page.url()).searchParams.get('a')).toBeNull();
			await expect(turnHeading(page)).toHaveCount(0);
			await answerByPointer(page);
			await expect(page.getByText('your first answer stands')).toHaveCount(0);
			expect(await position(page)).toEqual([1, total]);
		});

		test('a shared computer keeps nothing after the results page, and the results link still works', async ({
			page,
			context
		}) => {
			await page.goto(CLASS_LINK);
			await page.getByRole('button', { name: 'This is a shared computer' }).click();
			await expect(page.getByText('Shared computer:')).toBeVisible();
			await expect(
				page.getByRole('button', { name: 'This is not a shared computer' })
			).toBeVisible();
			const [, total] = await position(page);
			for (let i = 0; i < total; i++) {
				await answerByPointer(page);
				await next(page, i === total - 1);
			}
			const results = page.url();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// Nothing of the round is left in this browser: no round cookie, no count, no local history.
			expect(await roundCookies(context)).toEqual([]);
			if (javaScriptEnabled) {
				const kept = await page.evaluate(() =>
					Object.keys(localStorage).filter((k) => k.startsWith('attributed:'))
				);
				expect(kept).toEqual([]);
				await page.goto('/quiz');
				await expect(page.getByText(/Finished · best score/)).toHaveCount(0);
			}
			// The next student opens the class link: a clean round, nothing offered to continue.
			await page.goto(CLASS_LINK);
			await expect(turnHeading(page)).toHaveCount(0);
			expect(await position(page)).toEqual([1, total]);
			await answerByPointer(page);
			await expect(page.getByText('your first answer stands')).toHaveCount(0);
			// The results link works from anywhere: it is the round itself.
			const response = await page.goto(results);
			expect(response?.status()).toBe(200);
			await expect(page.getByText(/out of \d+/).first()).toBeVisible();
		});
	});
}
