import { axeViolations, expect, test } from './fixtures';
import { answerByKeyboard, answerByPointer, next, nextByKeyboard, position } from './quiz-helpers';

const MODULES = ['indictment-2014', 'numbers', 'cisco-ibm-trust', 'huawei', 'mixed'];

test.describe('quiz list', () => {
	test('lists every module with a link to start it', async ({ page }) => {
		await page.goto('/quiz');
		for (const slug of MODULES) await expect(page.locator(`a[href="/quiz/${slug}"]`)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('taking a quiz by keyboard alone', () => {
	for (const slug of MODULES) {
		test(`finishes "${slug}" and sees the results`, async ({ page }) => {
			await page.goto(`/quiz/${slug}?seed=7`);
			const [, total] = await position(page);
			let answered = 0;
			for (;;) {
				await answerByKeyboard(page, answered % 2 === 0);
				answered++;
				if (await nextByKeyboard(page)) break;
				await expect(page.locator('#question-heading')).toBeFocused();
			}
			expect(answered).toBe(total);
			await expect(page).toHaveURL(/\/results\//);
			await expect(page.getByText(/out of \d+/)).toContainText(`out of ${total}`);
			await expect(
				page.getByRole('region', { name: 'Question by question' }).getByRole('listitem')
			).toHaveCount(total);
			await expect(page.getByRole('table')).toContainText('When you were sure');
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a student can finish a quiz with plain forms', async ({ page }) => {
		await page.goto('/quiz/cisco-ibm-trust');
		await expect(page).toHaveURL(/seed=\d+/);
		const [, total] = await position(page);
		for (let i = 0; i < total; i++) {
			await answerByPointer(page);
			await next(page, i === total - 1);
		}
		await expect(page).toHaveURL(/\/results\//);
		await expect(page.getByText(/out of \d+/)).toContainText(`out of ${total}`);
	});

	test.describe('an empty answer', () => {
		test.use({ allowHttpErrors: true });
		test('submitting without choosing says what is missing', async ({ page }) => {
			await page.goto('/quiz/indictment-2014?seed=3');
			await page
				.locator('input[name=answer]')
				.first()
				.evaluate((el) => el.removeAttribute('required'));
			await page.getByRole('button', { name: 'Check my answer' }).click();
			await expect(page.getByRole('alert')).toHaveText('Choose an answer first.');
		});
	});
});

test.describe('progress', () => {
	test('the same seed gives the same questions as the API, which holds no answers', async ({
		page,
		request
	}) => {
		const api = await (await request.get('/api/quiz/numbers.json?seed=42')).json();
		expect(JSON.stringify(api)).not.toMatch(/"answer/);
		await page.goto('/quiz/numbers?seed=42');
		await expect(page.locator('#question-heading')).toHaveText(api.questions[0].prompt);
		const again = await (await request.get('/api/quiz/numbers.json?seed=42')).json();
		expect(again).toEqual(api);
	});

	test('a reload, the back button and a closed tab lose nothing', async ({ page, context }) => {
		await page.goto('/quiz/mixed?seed=5');
		await answerByPointer(page);
		await next(page);
		await answerByPointer(page);
		await next(page);
		expect(await position(page)).toEqual([3, 12]);
		const prompt = await page.locator('#question-heading').textContent();
		await page.reload();
		expect(await position(page)).toEqual([3, 12]);
		await page.goBack();
		await expect(page.locator('#feedback-heading')).toBeVisible();
		await page.goForward();
		await expect(page.locator('#question-heading')).toHaveText(prompt!);

		await page.close();
		const fresh = await context.newPage();
		await fresh.goto('/quiz/mixed');
		await fresh.getByRole('link', { name: 'Continue that round' }).click();
		await expect(fresh).toHaveURL(/seed=5/);
		expect(await position(fresh)).toEqual([3, 12]);
	});

	test('finishing records the best score on the home page and the quiz list', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Your quizzes' })).toHaveCount(0);
		await page.goto('/quiz/cisco-ibm-trust?seed=1');
		const [, total] = await position(page);
		for (let i = 0; i < total; i++) {
			await answerByPointer(page);
			await next(page, i === total - 1);
		}
		const score = (await page.getByText(/out of \d+/).textContent())!.match(
			/([\d.]+) out of (\d+)/
		)!;
		await page.goto('/quiz');
		await expect(page.getByText(/Finished · best score/)).toContainText(
			`${score[1]} of ${score[2]}`
		);
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Your quizzes' })).toBeVisible();
	});
});

test.describe('results', () => {
	test('"Practise the ones I missed" starts a round of only those', async ({ page }) => {
		await page.goto('/quiz/huawei?seed=9');
		const [, total] = await position(page);
		for (let i = 0; i < total; i++) {
			await answerByPointer(page);
			await next(page, i === total - 1);
		}
		const wrong = await page.locator('.review > li.wrong').count();
		// Always picking the first choice misses some on this seed (checked: it is deterministic).
		expect(wrong).toBeGreaterThan(0);
		await page.getByRole('link', { name: 'Practise the ones I missed' }).click();
		await expect(page.getByText('practice round')).toBeVisible();
		expect(await position(page)).toEqual([1, wrong]);
	});

	test.describe('broken links', () => {
		test.use({ allowHttpErrors: true });
		test('a malformed token gets a 400 that says so and offers a quiz', async ({ page }) => {
			const response = await page.goto('/results/not-a-token');
			expect(response?.status()).toBe(400);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
			await expect(page.getByText(/This results link is broken/)).toBeVisible();
			await page.getByRole('link', { name: 'Take a quiz' }).click();
			await expect(page).toHaveURL(/\/quiz$/);
		});

		test('an unknown module is a 404 naming it', async ({ page }) => {
			const response = await page.goto('/quiz/no-such-module');
			expect(response?.status()).toBe(404);
			await expect(page.getByText('There is no quiz called “no-such-module”.')).toBeVisible();
		});
	});
});

test.describe('accessibility', () => {
	test('no axe violations on a question, its feedback and the results', async ({ page }) => {
		await page.goto('/quiz/mixed?seed=21');
		expect(await axeViolations(page), 'question').toEqual([]);
		await page
			.getByRole('radio', { name: 'Sure' })
			.check()
			.catch(() => undefined);
		await answerByPointer(page);
		expect(await axeViolations(page), 'feedback').toEqual([]);
		for (let i = 1; i < 12; i++) {
			await next(page);
			if ((await page.locator('input[name=typed]').count()) > 0) {
				expect(await axeViolations(page), 'estimate').toEqual([]);
			}
			await answerByPointer(page);
		}
		await next(page, true);
		await page.locator('details').first().locator('summary').click();
		expect(await axeViolations(page), 'results').toEqual([]);
	});

	test('the verdict is announced from a live region present before answering', async ({ page }) => {
		await page.goto('/quiz/indictment-2014?seed=2');
		const live = page.locator('[aria-live="polite"]');
		await expect(live).toHaveText('');
		await answerByPointer(page);
		await expect(live).toContainText(/^(Right|Close|Not quite)\.\s+The answer is /);
	});

	test('works at phone width without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		const overflow = () =>
			page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		await page.goto('/quiz/numbers?seed=4');
		expect(await overflow()).toBeLessThanOrEqual(0);
		const [, total] = await position(page);
		for (let i = 0; i < total; i++) {
			await answerByPointer(page);
			expect(await overflow()).toBeLessThanOrEqual(0);
			await next(page, i === total - 1);
		}
		expect(await overflow()).toBeLessThanOrEqual(0);
	});
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('nothing on the quiz animates', async ({ page }) => {
		await page.goto('/quiz/mixed?seed=8');
		await answerByPointer(page);
		const long = await page.evaluate(
			() =>
				document.getAnimations().filter((a) => {
					const d = a.effect?.getComputedTiming().duration;
					return typeof d === 'number' && d > 1;
				}).length
		);
		expect(long).toBe(0);
	});
});
