// Print: the worksheet is exactly the exported round with its answer key on a page of its own, and a
// results page prints without the menu and with every source passage open.
import { expect, test, axeViolations } from './fixtures';
import { loadSite, makeToken } from './tokens';

interface KeyQuestion {
	prompt: string;
	choices: { label: string }[];
	answerLabel: string;
	source: { outlet: string; paragraph: number };
}

function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test('the worksheet holds the round the export holds, and the key starts a new page', async ({
	page,
	request
}) => {
	const key = (await (await request.get('/teach/export/numbers.json?seed=77')).json()) as {
		questions: KeyQuestion[];
	};
	await page.goto('/teach/print/numbers?seed=77');
	const items = page.locator('.questions > li');
	await expect(items).toHaveCount(key.questions.length);
	for (const [i, q] of key.questions.entries()) {
		await expect(items.nth(i).locator('.prompt')).toHaveText(q.prompt);
		for (const choice of q.choices) await expect(items.nth(i)).toContainText(choice.label);
	}
	const answers = page.locator('.key li');
	await expect(answers).toHaveCount(key.questions.length);
	for (const [i, q] of key.questions.entries()) {
		await expect(answers.nth(i)).toContainText(q.answerLabel);
		await expect(answers.nth(i)).toContainText(`paragraph ${q.source.paragraph}`);
	}
	expect(await axeViolations(page)).toEqual([]);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.locator('.controls')).toBeHidden();
	expect(await page.locator('.key').evaluate((el) => getComputedStyle(el).breakBefore)).toBe(
		'page'
	);
	const a4 = await page.pdf({ preferCSSPageSize: true });
	// Worksheet pages, then at least one page of key.
	expect(pdfPages(a4)).toBeGreaterThanOrEqual(2);
	await page.goto('/teach/print/numbers?seed=77&paper=letter');
	const letter = await page.pdf({ preferCSSPageSize: true });
	const size = (pdf: Buffer) =>
		/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf.toString('latin1'))!;
	// A4 is 595 × 842 points; Letter 612 × 792.
	expect(Math.round(Number(size(a4)[1]))).toBe(595);
	expect(Math.round(Number(size(letter)[1]))).toBe(612);
});

test.describe('bad print links', () => {
	test.use({ allowHttpErrors: true });
	test('answer with a clear page', async ({ page }) => {
		const response = await page.goto('/teach/print/nope?seed=1');
		expect(response?.status()).toBe(404);
		await expect(page.getByText('There is no quiz called “nope”.')).toBeVisible();
		const bad = await page.goto('/teach/print/mixed?seed=x');
		expect(bad?.status()).toBe(400);
	});
});

test('a results page prints without navigation and with its sources open', async ({
	page,
	baseURL
}) => {
	const site = await loadSite(baseURL!);
	const token = makeToken(site, 'mixed', 2024, (i) => i % 2 === 0, 'Chloé');
	await page.goto(`/results/${token}`);
	const passage = page.locator('details .source').first();
	await expect(passage).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(passage).toBeVisible();
});
