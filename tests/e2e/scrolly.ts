// Helpers for driving explainer pages: scroll without timers and read what each Scrolly reports.
import { expect, type Page } from '@playwright/test';

export const EXPLAINERS = [
	'indictment-2014',
	'cisco-ibm-trust',
	'huawei-2009-2023',
	'reading-the-numbers'
];

/** Scrolls to y and waits two frames, by which time intersection callbacks have been delivered. */
export async function scrollTo(page: Page, y: number) {
	await page.evaluate(
		(top) =>
			new Promise<void>((done) => {
				window.scrollTo({ top, behavior: 'instant' });
				requestAnimationFrame(() => requestAnimationFrame(() => done()));
			}),
		y
	);
}

export interface ScrollyState {
	active: number | null;
	focus: string | null;
	steps: number;
	/** The step the layout says should be active: the last whose top is above 55% of the viewport. */
	expected: number;
}

export async function scrollyStates(page: Page): Promise<ScrollyState[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('section.scrolly')].map((section) => {
			const steps = [...section.querySelectorAll<HTMLElement>('.step')];
			const line = (window.visualViewport?.height ?? window.innerHeight) * 0.55;
			let expected = 0;
			steps.forEach((step, i) => {
				if (step.getBoundingClientRect().top <= line) expected = i;
			});
			const active = section.dataset.activeStep;
			return {
				active: active === undefined ? null : Number(active),
				focus: section.querySelector<HTMLElement>('.graphic')?.dataset.focus ?? null,
				steps: steps.length,
				expected
			};
		})
	);
}

/** Waits until the page has hydrated: the reading switch is enabled only then. */
export async function hydrated(page: Page) {
	await expect(page.getByRole('button', { name: 'Read as text' })).toBeEnabled();
}

/** Scrolls the whole page in viewport-sized strides, recording every Scrolly's active step and focus. */
export async function scrollThrough(page: Page) {
	await hydrated(page);
	const seen: { active: number[]; focus: string[] }[] = [];
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	const stride = Math.round((page.viewportSize()?.height ?? 800) / 3);
	for (let y = 0; y <= height; y += stride) {
		await scrollTo(page, y);
		(await scrollyStates(page)).forEach((state, i) => {
			seen[i] ??= { active: [], focus: [] };
			if (state.active !== null && seen[i].active.at(-1) !== state.active)
				seen[i].active.push(state.active);
			if (state.focus !== null && seen[i].focus.at(-1) !== state.focus)
				seen[i].focus.push(state.focus);
		});
	}
	return seen;
}
