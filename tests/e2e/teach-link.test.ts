// The class link builder: a clean link (never anyone's answers), a QR code that scans to it, and the
// answer key export that answers the very round the link opens.
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { answerByPointer } from './quiz-helpers';
import { decodeQrSvg } from './qr';

async function qrText(page: Page): Promise<string | null> {
	const svg = await page
		.locator('.qr svg')
		.first()
		.evaluate((el) => el.outerHTML);
	return decodeQrSvg(svg);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('builds a class link with a drawn seed, and its QR code scans to it', async ({
		page,
		baseURL
	}) => {
		await page.goto('/teach');
		await page.getByLabel('Quiz').selectOption('mixed');
		await page.getByRole('button', { name: 'Make the class link' }).click();
		await expect(page).toHaveURL(/\/teach\?module=mixed&seed=\d+#class-link$/);
		const seed = new URL(page.url()).searchParams.get('seed');
		const link = await page.getByLabel('Give your class this link').inputValue();
		expect(link).toBe(`${baseURL}/quiz/mixed?seed=${seed}`);
		expect(await qrText(page)).toBe(link);
		await expect(page.getByRole('link', { name: /Moodle GIFT/ })).toHaveAttribute(
			'href',
			`/teach/export/mixed.gift?seed=${seed}`
		);
	});

	test('says what is wrong with a bad seed instead of failing', async ({ page }) => {
		await page.goto('/teach?module=mixed&seed=twelve');
		await expect(page.getByRole('alert')).toContainText('not “twelve”');
	});
});

test('a teacher who tried the quiz still copies a clean link, and the projector view scans', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/quiz/mixed?seed=2024');
	await answerByPointer(page);
	expect(page.url()).toContain('a=');
	await page.goto('/teach?module=mixed&seed=2024');
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(`${baseURL}/quiz/mixed?seed=2024`);
	await page.getByRole('link', { name: 'Show it large, for a projector' }).click();
	await expect(page.getByText('localhost', { exact: false }).first()).toBeVisible();
	expect(await qrText(page)).toBe(copied);
	expect(await axeViolations(page)).toEqual([]);
	// The same browser holds the teacher's unfinished round: the class link asks whose turn it is,
	// and a new student gets question 1 with none of the teacher's answers.
	await page.goto(copied);
	await expect(page.getByRole('heading', { name: 'Whose turn is it?' })).toBeVisible();
	await page.getByRole('button', { name: 'I’m a new student' }).click();
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
	expect(page.url()).toBe(copied);
});

interface KeyQuestion {
	id: string;
	multiple?: boolean;
	answer: { values: string[] } | { value: number };
}

test('answering the round with the answer key export scores full marks', async ({
	page,
	request
}) => {
	const response = await request.get('/teach/export/mixed.json?seed=2024');
	const key = (await response.json()) as { questions: KeyQuestion[] };
	await page.goto('/quiz/mixed?seed=2024');
	for (const [i, q] of key.questions.entries()) {
		await expect(page.locator(`input[name=question][value="${q.id}"]`)).toHaveCount(1);
		if ('value' in q.answer) {
			await page.getByLabel('Or type a number').fill(String(q.answer.value));
		} else {
			for (const value of q.answer.values) {
				await page.locator(`input[name=answer][value="${value}"]`).check();
			}
		}
		await page.getByRole('button', { name: 'Check my answer' }).click();
		await expect(page.getByRole('heading', { level: 2, name: /^Right/ })).toBeVisible();
		const last = i === key.questions.length - 1;
		await page.getByRole('link', { name: last ? 'See your results' : 'Next question' }).click();
	}
	await expect(page).toHaveURL(/\/results\//);
	await expect(page.locator('.big')).toHaveText(
		`${key.questions.length} out of ${key.questions.length}`
	);
});
