// Phones first: at each viewport, every step of every explainer leaves its graphic and the step
// controls uncovered, and the graphic fits its panel without scrolling inside it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EXPLAINERS, hydrated, scrollTo } from './scrolly';

const VIEWPORTS = [
	{ width: 320, height: 568 },
	{ width: 390, height: 844 },
	{ width: 844, height: 390 },
	{ width: 1280, height: 800 }
];

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

function overlap(a: Box, b: Box): number {
	const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

/** What the browser lays out for one section's active step, its graphic and its controls. */
async function layout(page: Page, section: number, step: number) {
	return page.evaluate(
		([s, i]) => {
			const root = document.querySelectorAll<HTMLElement>('section.scrolly')[s]!;
			const box = (el: Element) => {
				const r = el.getBoundingClientRect();
				return { x: r.x, y: r.y, width: r.width, height: r.height };
			};
			const figure = root.querySelector<HTMLElement>('figure.graphic')!;
			const f = box(figure);
			// What is painted on top at the graphic's centre: the graphic itself, not prose.
			const top = document.elementFromPoint(f.x + f.width / 2, f.y + f.height / 2);
			return {
				active: Number(root.dataset.activeStep),
				step: box(root.querySelector(`[data-step="${i}"]`)!),
				figure: f,
				controls: box(root.querySelector('.controls')!),
				graphicOnTop: top !== null && figure.contains(top),
				scroll: [figure.scrollWidth, figure.scrollHeight],
				client: [figure.clientWidth, figure.clientHeight]
			};
		},
		[section, step] as const
	);
}

async function frames(page: Page) {
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
}

async function expectUncovered(page: Page, section: number, step: number, where: string) {
	await expect
		.poll(async () => (await layout(page, section, step)).active, { message: where })
		.toBe(step);
	await frames(page);
	const l = await layout(page, section, step);
	const stepArea = l.step.width * l.step.height;
	expect(overlap(l.step, l.figure), `${where}: step over graphic`).toBeLessThanOrEqual(
		stepArea / 10
	);
	expect(overlap(l.step, l.controls), `${where}: step over controls`).toBe(0);
	expect(l.graphicOnTop, `${where}: graphic painted on top`).toBe(true);
	expect(l.scroll, `${where}: graphic scrolls inside its box`).toEqual(l.client);
}

test.describe('scrolly layout on phones and desktops', () => {
	test.use({ reducedMotion: 'reduce' });
	for (const viewport of VIEWPORTS) {
		test(`${viewport.width}×${viewport.height}: no step covers its graphic or the controls`, async ({
			page
		}) => {
			test.setTimeout(180_000);
			await page.setViewportSize(viewport);
			for (const slug of EXPLAINERS) {
				await page.goto(`/learn/${slug}`);
				await hydrated(page);
				const sections = page.locator('section.scrolly');
				for (let s = 0; s < (await sections.count()); s++) {
					const section = sections.nth(s);
					const steps = await section.locator('.step').count();
					// The first step by an anchor-style jump, the rest by the Next control.
					await section.locator('[data-step="0"]').evaluate((el) => el.scrollIntoView());
					await expectUncovered(page, s, 0, `${slug} §${s} step 0 by anchor`);
					for (let i = 1; i < steps; i++) {
						await section.getByRole('button', { name: 'Next step' }).click();
						await expectUncovered(page, s, i, `${slug} §${s} step ${i} by the controls`);
					}
					// Scrolling: each step just as its top crosses the trigger line (55% of the height).
					for (let i = 0; i < steps; i++) {
						const top = await section
							.locator(`[data-step="${i}"]`)
							.evaluate(
								(el) => el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.54
							);
						await scrollTo(page, top);
						await expectUncovered(page, s, i, `${slug} §${s} step ${i} by scrolling`);
					}
				}
			}
		});
	}

	test('disabled step controls look disabled', async ({ page }) => {
		await page.goto('/learn/indictment-2014');
		await hydrated(page);
		const controls = page.locator('section.scrolly').first().locator('.controls');
		const previous = controls.getByRole('button', { name: 'Previous step' });
		const next = controls.getByRole('button', { name: 'Next step' });
		await expect(previous).toBeDisabled();
		const style = (el: Element) => {
			const s = getComputedStyle(el);
			return { color: s.color, border: s.borderColor, cursor: s.cursor };
		};
		const off = await previous.evaluate(style);
		const on = await next.evaluate(style);
		expect(off.color).not.toBe(on.color);
		expect(off.border).not.toBe(on.border);
		expect(off.cursor).toBe('not-allowed');
	});
});
