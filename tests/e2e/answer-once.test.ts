// One answer per question, estimates as people type them, and no answer lost on a refused post:
// each with and without JavaScript, in a real browser against the built server.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { advanceToEstimate, answerByPointer, next, position } from './quiz-helpers';

// Walking a round takes many page loads; a busy machine needs more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const verdict = (page: Page) => page.locator('#feedback-heading');
const yourAnswer = (page: Page) => page.locator('.feedback dd').first();

/**
 * Answers with the first choice until one comes back "Not quite" on a question with choices, from
 * question 2 on: Back to question 1 is the class link itself, which asks whose turn it is instead
 * (shared-device.test.ts).
 */
async function answerUntilWrong(page: Page) {
	const [, total] = await position(page);
	await answerByPointer(page);
	await next(page);
	for (let i = 1; i < total; i++) {
		const choices = await page.locator('input[name=answer]').count();
		await answerByPointer(page);
		if (choices > 1 && (await verdict(page).textContent())?.includes('Not quite')) return;
		await next(page);
	}
	throw new Error('always picking the first choice never missed on this seed');
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('Back after a wrong answer shows that answer, and answering again cannot change it', async ({
			page
		}) => {
			await page.goto('/quiz/huawei?seed=9');
			await answerUntilWrong(page);
			const [n] = await position(page);
			const given = await yourAnswer(page).textContent();
			await page.goBack();
			await expect(verdict(page)).toContainText('Not quite');
			await expect(yourAnswer(page)).toHaveText(given!);
			await expect(page.getByText('your first answer stands')).toBeVisible();
			expect((await position(page))[0]).toBe(n);
			await page.reload();
			await expect(verdict(page)).toContainText('Not quite');
			await expect(yourAnswer(page)).toHaveText(given!);
		});

		test('a re-posted form keeps the first answer', async ({ page }) => {
			await page.goto('/quiz/huawei?seed=9');
			await answerUntilWrong(page);
			const given = await yourAnswer(page).textContent();
			const [n] = await position(page);
			// Back lands on the question's own URL, whose form carried the answers before this one.
			await page.goBack();
			const params = new URL(page.url()).searchParams;
			const api = await (await page.request.get('/api/quiz/huawei.json?seed=9')).json();
			const question = api.questions[n - 1];
			const form: Record<string, string> = {
				seed: '9',
				question: question.id,
				answer: question.choices.at(-1).value
			};
			if (params.get('a')) form.a = params.get('a')!;
			// The browser's own cookies go with the post, as they would with a resubmitted form.
			const response = await page.context().request.post('/quiz/huawei?/answer', {
				form,
				headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
				maxRedirects: 0
			});
			expect(response.status()).toBe(303);
			await page.goto(response.headers().location!);
			await expect(verdict(page)).toContainText('Not quite');
			await expect(yourAnswer(page)).toHaveText(given!);
			await expect(page.getByText('your first answer stands')).toBeVisible();
		});

		test('an estimate typed as "2k" is read as 2,000 and scored', async ({ page }) => {
			await page.goto('/quiz/numbers?seed=42');
			await advanceToEstimate(page);
			await page.getByLabel('Or type a number').fill('2k');
			await page.getByRole('button', { name: 'Check my answer' }).click();
			await expect(verdict(page)).toHaveText(/Right|Close|Not quite/);
			await expect(yourAnswer(page)).toHaveText('2,000');
		});

		test.describe('refused answers', () => {
			test.use({ allowHttpErrors: true });

			test('"abc" says what is wrong, keeps the question and every answer so far', async ({
				page
			}) => {
				await page.goto('/quiz/numbers?seed=42');
				await answerByPointer(page);
				await next(page);
				await advanceToEstimate(page);
				const [n, total] = await position(page);
				expect(n).toBeGreaterThan(1);
				const token = await page.locator('input[name=a]').inputValue();
				const prompt = await page.locator('#question-heading').textContent();
				await page.getByLabel('Or type a number').fill('abc');
				if (javaScriptEnabled) {
					await expect(page.locator('.current')).not.toContainText('abc');
					await expect(page.locator('.current')).toContainText('Not a number yet');
				}
				await page.getByRole('button', { name: 'Check my answer' }).click();
				const alert = page.getByRole('alert');
				await expect(alert).toContainText('“abc” is not a number');
				await expect(alert).not.toContainText('Choose an answer first');
				await expect(page.locator('#question-heading')).toHaveText(prompt!);
				expect(await position(page)).toEqual([n, total]);
				await expect(page.locator('input[name=a]')).toHaveValue(token);
				await expect(page.getByLabel('Or type a number')).toHaveValue('abc');
				// Put right, the answer counts and the round carries on from the same place.
				await page.getByLabel('Or type a number').fill('about 2000');
				await page.getByRole('button', { name: 'Check my answer' }).click();
				await expect(yourAnswer(page)).toHaveText('2,000');
				expect(await position(page)).toEqual([n, total]);
			});

			test('an untouched slider is not an answer', async ({ page }) => {
				await page.goto('/quiz/numbers?seed=42');
				await advanceToEstimate(page);
				const [n] = await position(page);
				await page.getByRole('button', { name: 'Check my answer' }).click();
				await expect(page.getByRole('alert')).toHaveText(
					'Move the slider to your estimate, or type a number.'
				);
				expect((await position(page))[0]).toBe(n);
				await expect(page.locator('#question-heading')).toBeVisible();
			});

			test('a "which outlet" question with no box ticked asks for one and keeps the round', async ({
				page
			}) => {
				// A seed whose round has a "which outlet" question, found from the public API.
				let seed = -1;
				for (let candidate = 1; candidate < 60 && seed < 0; candidate++) {
					const api = await (
						await page.request.get(`/api/quiz/mixed.json?seed=${candidate}`)
					).json();
					if (api.questions.some((q: { multiple?: boolean }) => q.multiple)) seed = candidate;
				}
				expect(seed, 'a seed with a "tick every one" question').toBeGreaterThan(0);
				await page.goto(`/quiz/mixed?seed=${seed}`);
				const boxes = page.locator('input[type=checkbox][name=answer]');
				while ((await boxes.count()) === 0) {
					await answerByPointer(page);
					await next(page);
				}
				const [n] = await position(page);
				await page.getByRole('button', { name: 'Check my answer' }).click();
				await expect(page.getByRole('alert')).toHaveText('Tick at least one box first.');
				expect((await position(page))[0]).toBe(n);
				await boxes.first().check();
				await page.getByRole('button', { name: 'Check my answer' }).click();
				await expect(verdict(page)).toBeVisible();
				expect((await position(page))[0]).toBe(n);
			});
		});
	});
}
