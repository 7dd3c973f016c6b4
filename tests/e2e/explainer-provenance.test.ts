// Explainers checked against the seeds and the answer key: figures say what they count, quote cards
// are in the HTML without JavaScript, and nothing stands in quotation marks that the articles do not say.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { EXPLAINERS } from './scrolly';

interface GoldFigure {
	seed: string;
	text: string;
	counts: string;
	kind: string;
}
const gold = JSON.parse(readFileSync('tests/seeds.gold.json', 'utf8')) as { figures: GoldFigure[] };

/** Curly quotes and apostrophes as plain ones, runs of spaces as one: how the seeds and the page compare. */
const plain = (text: string) =>
	text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const seedTexts = readdirSync('seeds')
	.filter((f) => f.endsWith('.txt'))
	.map((f) => plain(readFileSync(`seeds/${f}`, 'utf8')));
/** Titles in quotation marks that are not the articles' words (none so far; add with a reason). */
const ALLOWED: string[] = [];

test.describe('explainer provenance', () => {
	for (const slug of EXPLAINERS) {
		test(`${slug}: every figure says what it counts and who claims it`, async ({ page }) => {
			await page.goto(`/learn/${slug}`);
			const figures = page.locator('.body [data-figure], [data-graphic="figure-bars"] li');
			for (const figure of await figures.all()) {
				const text = plain(await figure.innerText());
				const href = await figure.locator('a').first().getAttribute('href');
				const seed = href!.split('/sources/')[1]!.split('#')[0]!;
				const number = plain(await figure.locator('strong').first().innerText());
				const key = gold.figures.find(
					(f) => f.seed.startsWith(seed) && number.includes(f.text) && f.kind !== 'date'
				);
				expect(key, `${slug}: "${number}" in the answer key`).toBeTruthy();
				// What is counted, in the answer key's words: its first two words ("host computers").
				const counted = key!.counts.split(' ').slice(0, 2).join(' ');
				expect(text, `${slug}: ${number}`).toContain(counted);
				expect(text).toMatch(/claimed by|stated by/);
			}
		});

		test(`${slug}: quotation marks hold only the articles' words`, async ({ page }) => {
			await page.goto(`/learn/${slug}`);
			const text = await page.locator('article').innerText();
			const spans = [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
			for (const span of spans) {
				// Punctuation that closes our sentence may sit inside the marks, as the articles do too.
				const words = plain(span).replace(/[.,;:]$/, '');
				if (ALLOWED.includes(words)) continue;
				expect(
					seedTexts.some((seed) => seed.includes(words)),
					`“${span}” on /learn/${slug}`
				).toBe(true);
			}
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const slug of EXPLAINERS) {
		test(`${slug}: every quote card's text is in the page`, async ({ page }) => {
			const source = readFileSync(`content/explainers/${slug}.md`, 'utf8');
			const sections = source.split('<Scrolly ').slice(1);
			const ids = sections
				.filter((s) => s.startsWith('graphic="quote-cards"'))
				.flatMap((s) => [...s.split('</Scrolly>')[0]!.matchAll(/<Step focus="(q-[0-9a-f]+)"/g)])
				.map((m) => m[1]!);
			const bank = (await (await page.request.get('/api/bank.json')).json()) as {
				quotes: Record<string, { text: string }>;
			};
			await page.goto(`/learn/${slug}`);
			const cards = plain(
				await page
					.locator('[data-graphic="quote-cards"]')
					.allInnerTexts()
					.then((t) => t.join(' '))
			);
			for (const id of ids) {
				const words = plain(bank.quotes[id]!.text);
				expect(seedTexts.some((seed) => seed.includes(words))).toBe(true);
				expect(cards, `${slug}: card ${id}`).toContain(words);
			}
		});
	}

	test('the try-it-yourself answers open without script', async ({ page }) => {
		for (const slug of EXPLAINERS) {
			await page.goto(`/learn/${slug}`);
			const details = page.locator('details', { hasText: 'Check your labels' });
			await details.locator('summary').click();
			await expect(details.getByText('Claimant:')).toBeVisible();
		}
	});
});
