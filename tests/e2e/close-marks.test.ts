// Half credit is "close": ◐ with its word in the answer review and the score grid, never shown as wrong.
import { expect, test } from './fixtures';
import { loadSite, makeRecord, type Site } from './tokens';
import { encodeResult } from '../../src/lib/quiz/token';

let site: Site;

test.beforeAll(async () => {
	site = await loadSite(String(test.info().project.use.baseURL));
});

test('a close estimate shows as ◐ "close" in the review and the grid, and earns half a point', async ({
	page,
	request
}) => {
	// A round with an estimate; every answer right except that one, 1.5 times the article's number.
	let record = null;
	let index = -1;
	for (let seed = 1; seed < 40 && index < 0; seed++) {
		record = makeRecord(site, 'numbers', seed, () => true);
		index = record.answers.findIndex((a) => a.question.endsWith('.estimate'));
	}
	expect(index, 'a numbers round with an estimate').toBeGreaterThanOrEqual(0);
	const answer = record!.answers[index]!;
	answer.answer = String(Number(answer.answer) * 1.5);
	const total = record!.answers.length;
	const token = encodeResult(record!);

	await page.goto(`/results/${token}`);
	await expect(page.getByText(/out of \d+/)).toContainText(`${total - 0.5}`);
	const grid = page.getByRole('list', { name: 'Each question: right, close or wrong' });
	const cell = grid.getByRole('link', { name: `Question ${index + 1}: close, half a point` });
	await expect(cell).toHaveText('◐');
	await expect(grid.getByRole('link', { name: /: wrong$/ })).toHaveCount(0);
	const review = page.locator(`#answer-${index + 1}`);
	await expect(review.locator('.verdict')).toContainText('◐ Close, half a point');
	await expect(page.locator('.review > li.wrong')).toHaveCount(0);

	const card = await request.get(`/results/${token}/card.png`);
	expect(card.status()).toBe(200);
	expect(card.headers()['content-type']).toBe('image/png');
});
