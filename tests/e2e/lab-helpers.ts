/** The lab's end-to-end helpers: an invented news page, pasting it as rich text, and taking a quiz by keyboard. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A sentence only this invented article has: no request may ever carry it. */
export const DISTINCTIVE = 'Closing the pier will empty this street by summer';

const PARAGRAPHS = [
	'PORT ELLIS — The harbour council voted on Tuesday to close the old ferry pier after engineers found deep cracks in its supports.',
	'“We cannot ask families to walk on a structure that might give way,” said Mara Okonkwo, the council’s chair.',
	'Engineers from Brightline Surveys said the repairs would cost 4.2 million dollars. “The damage is worse than anyone expected,” said Tomas Weller, the firm’s lead engineer.',
	`Local shop owners were less certain. “${DISTINCTIVE},” said Priya Nandakumar, who runs a bakery near the water.`,
	'“We were told nothing until the fences went up,” said Dev Castellano, a ferry captain for 20 years.',
	'Okonkwo said the council would hold a public meeting in April. “Nobody is being ignored here,” she said.',
	'The ferry company said about 1,300 passengers used the pier each week.'
];

export const ARTICLE = {
	title: 'Harbour council votes to close old ferry pier',
	outlet: 'The Lakeside Gazette',
	date: '2026-03-12',
	text: PARAGRAPHS.join('\n\n')
};

/** The article as a news site serves it: navigation, a byline, the body, a footer. */
export function articleHtml(): string {
	return `<!doctype html><html><head><title>${ARTICLE.title} | ${ARTICLE.outlet}</title>
<meta property="og:site_name" content="${ARTICLE.outlet}">
<meta property="article:published_time" content="${ARTICLE.date}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>${ARTICLE.title}</h1><p class="byline">By a staff reporter</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer><p>Subscribe to our newsletter for more stories like this one.</p></footer></body></html>`;
}

/** Pastes rich text into the lab's article field, as copying from a web page does. */
export async function pasteRichText(page: Page, html: string, text: string) {
	const box = page.getByLabel('Paste a news article');
	// A synthetic paste before hydration reaches no handler and leaves the box empty (a slow, busy
	// machine): paste again until the page has taken it.
	await expect(async () => {
		await box.focus();
		await page.evaluate(
			([html, text]) => {
				const data = new DataTransfer();
				data.setData('text/html', html!);
				data.setData('text/plain', text!);
				const field = document.activeElement as HTMLTextAreaElement;
				field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
			},
			[html, text]
		);
		await expect(box).not.toHaveValue('', { timeout: 1_000 });
	}).toPass({ timeout: 20_000 });
}

/**
 * Answers every question of a lab quiz with the keyboard (the first choice, or 100 for an estimate),
 * counting the points the feedback announces. Returns the points.
 */
export async function takeLabQuiz(page: Page): Promise<number> {
	let points = 0;
	for (;;) {
		const heading = page.locator('#question-heading');
		await expect(heading).toBeFocused();
		const choices = page.locator('input[name="answer"]');
		if ((await choices.count()) > 0) {
			await choices.first().focus();
			await page.keyboard.press('Space');
		} else {
			await page.locator('input[name="typed"]').fill('100');
		}
		await page.getByRole('button', { name: 'Check my answer' }).press('Enter');
		const verdict = page.locator('#feedback-heading');
		await expect(verdict).toBeFocused();
		const said = (await verdict.innerText()).trim();
		points += said.startsWith('Right') ? 1 : said.startsWith('Close') ? 0.5 : 0;
		// Feedback points to the sentence: the passage with its paragraph number.
		await expect(page.locator('.feedback .meta')).toContainText('paragraph');
		await expect(page.locator('.feedback .passage mark')).not.toBeEmpty();
		// Every link in the feedback leads somewhere on this page or off it: none to a missing anchor.
		for (const href of await page
			.locator('.feedback a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
			if (href.startsWith('#')) expect(await page.locator(href).count()).toBeGreaterThan(0);
		}
		const next = page.getByRole('button', { name: /Next question|See your results/ });
		const last = (await next.innerText()).includes('results');
		await next.press('Enter');
		if (last) return points;
	}
}
