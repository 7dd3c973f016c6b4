import { axeViolations, expect, test } from './fixtures';
import { EXPLAINERS, hydrated, scrollThrough, scrollTo, scrollyStates } from './scrolly';

test.describe('explainers', () => {
	test('/learn lists the four explainers', async ({ page }) => {
		await page.goto('/learn');
		for (const slug of EXPLAINERS) {
			await expect(page.locator(`a[href="/learn/${slug}"]`)).toBeVisible();
		}
		expect(await axeViolations(page)).toEqual([]);
	});

	for (const slug of EXPLAINERS) {
		test(`${slug}: scrolling activates every step in order and changes the graphic`, async ({
			page
		}) => {
			await page.goto(`/learn/${slug}`);
			await expect(page.locator('html')).toHaveAttribute('data-reading', 'scrolly');
			const counts = (await scrollyStates(page)).map((s) => s.steps);
			expect(counts.length).toBeGreaterThan(0);
			const seen = await scrollThrough(page);
			counts.forEach((count, i) => {
				// Every step, once each, in order.
				expect(seen[i]!.active).toEqual(Array.from({ length: count }, (_, n) => n));
				expect(new Set(seen[i]!.focus).size).toBeGreaterThan(1);
			});
			expect(await axeViolations(page)).toEqual([]);
		});
	}

	test('a fast jump, an anchor jump and a resize leave the right step active', async ({ page }) => {
		await page.goto('/learn/reading-the-numbers');
		await expect(page.locator('section.scrolly')).toHaveAttribute('data-active-step', '0');
		const [first] = await scrollyStates(page);
		await scrollTo(page, 100_000);
		await scrollTo(page, 0);
		await scrollTo(page, 100_000);
		let [state] = await scrollyStates(page);
		expect(state!.active).toBe(first!.steps - 1);
		// Back to the top in one jump: the first step again once the section is in view.
		await scrollTo(page, 0);
		await expect.poll(async () => (await scrollyStates(page))[0]!.active).toBe(0);
		// Anchor jump to the middle of the piece.
		await page.evaluate(() =>
			document.querySelectorAll('.step')[2]!.scrollIntoView({ behavior: 'instant' })
		);
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
		);
		[state] = await scrollyStates(page);
		expect(state!.active).toBe(state!.expected);
		// A shorter viewport, as when a phone's address bar appears, moves the trigger line.
		for (const height of [500, 900, 620]) {
			await page.setViewportSize({ width: 1280, height });
			await expect
				.poll(async () => {
					const [s] = await scrollyStates(page);
					return s!.active === s!.expected;
				})
				.toBe(true);
		}
	});

	test('no layout shift while the page loads and hydrates', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { cls: number }).cls = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as {
					value: number;
					hadRecentInput: boolean;
				}[]) {
					if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const slug of EXPLAINERS) {
			await page.goto(`/learn/${slug}`);
			await page.waitForLoadState('networkidle');
			const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
			expect(cls, slug).toBeLessThan(0.01);
		}
	});

	test('first view loads at most 60 KB of gzipped JavaScript', async ({ page }) => {
		const { gzipSync } = await import('node:zlib');
		for (const slug of EXPLAINERS) {
			const scripts: Promise<number>[] = [];
			page.on('response', (response) => {
				if (response.request().resourceType() === 'script') {
					scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
				}
			});
			await page.goto(`/learn/${slug}`);
			await page.waitForLoadState('networkidle');
			const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
			test.info().annotations.push({ type: 'js-gzip', description: `${slug}: ${total} bytes` });
			console.log(`[js budget] /learn/${slug}: ${(total / 1024).toFixed(1)} KB gzipped`);
			expect(total).toBeLessThanOrEqual(60 * 1024);
			page.removeAllListeners('response');
		}
	});
});

test('the figure bars label every bar as a claim with its claimant', async ({ page }) => {
	await page.goto('/learn/reading-the-numbers');
	const bars = page.locator('[data-graphic="figure-bars"] li');
	expect(await bars.count()).toBeGreaterThanOrEqual(8);
	for (const bar of await bars.all()) {
		await expect(bar.getByRole('link').first()).toContainText('claimed by CNCERT');
	}
	await expect(page.getByText('Logarithmic scale: each gridline is ten times')).toBeVisible();
});

test.describe('explainers with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('steps still activate in order and graphics change without transitions', async ({
		page
	}) => {
		await page.goto('/learn/huawei-2009-2023');
		const seen = await scrollThrough(page);
		const [timeline] = await scrollyStates(page);
		expect(seen[0]!.active).toEqual(Array.from({ length: timeline!.steps }, (_, n) => n));
		const durations = await page.evaluate(() =>
			getComputedStyle(document.querySelector('.timeline .dot')!)
				.transitionDuration.split(',')
				.map((d) => parseFloat(d))
		);
		for (const d of durations) expect(d).toBeLessThanOrEqual(0.001);
	});
});

test.describe('read as text', () => {
	test('shows plain prose with static graphics, and the choice persists', async ({ page }) => {
		await page.goto('/learn/indictment-2014');
		const toggle = page.getByRole('button', { name: 'Read as text' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-reading', 'text');
		await expect(page.getByRole('button', { name: 'Next step' }).first()).toBeHidden();
		// Every graphic shows everything, whatever the scroll position.
		const seen = await scrollThrough(page);
		for (const s of seen) expect(s.active).toEqual([]);
		for (const s of await scrollyStates(page)) expect(s.focus).toBe('all');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-reading', 'text');
		await expect(page.getByRole('button', { name: 'Read as text' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(await axeViolations(page)).toEqual([]);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the piece is readable as text, every step visible', async ({ page }) => {
			await page.goto('/learn/reading-the-numbers');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading the numbers');
			const steps = page.locator('.step');
			for (const step of await steps.all()) await expect(step).toBeVisible();
			await expect(page.locator('.graphic').first()).toHaveAttribute('data-focus', 'all');
			await expect(page.getByRole('button', { name: 'Next step' })).toBeHidden();
			// Checkpoints still give their answer, through a plain disclosure.
			await page.getByText('Show the answer and its source').first().click();
			await expect(page.getByText('The answer is').first()).toBeVisible();
		});
	});
});

test.describe('keyboard', () => {
	test('next and previous step buttons move focus step by step', async ({ page }) => {
		await page.goto('/learn/cisco-ibm-trust');
		await hydrated(page);
		const scrolly = page.locator('section.scrolly').first();
		const next = scrolly.getByRole('button', { name: 'Next step' });
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(scrolly.locator('.step').nth(1)).toBeFocused();
		await expect(scrolly).toHaveAttribute('data-active-step', '1');
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(scrolly.locator('.step').nth(2)).toBeFocused();
		await expect(scrolly).toHaveAttribute('data-active-step', '2');
		await scrolly.getByRole('button', { name: 'Previous step' }).focus();
		await page.keyboard.press('Enter');
		await expect(scrolly.locator('.step').nth(1)).toBeFocused();
		await expect(scrolly).toHaveAttribute('data-active-step', '1');
	});

	test('tabbing through the links inside steps activates each step', async ({ page }) => {
		await page.goto('/learn/huawei-2009-2023');
		await hydrated(page);
		const scrolly = page.locator('section.scrolly').first();
		const steps = scrolly.locator('.step');
		const count = await steps.count();
		for (let i = 0; i < count; i++) {
			await steps.nth(i).locator('a').first().focus();
			await expect(scrolly).toHaveAttribute('data-active-step', String(i));
		}
	});
});

test.describe('phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	for (const slug of EXPLAINERS) {
		test(`${slug} fits a phone and its steps still activate`, async ({ page }, info) => {
			await page.goto(`/learn/${slug}`);
			const seen = await scrollThrough(page);
			const states = await scrollyStates(page);
			states.forEach((s, i) =>
				expect(seen[i]!.active).toEqual(Array.from({ length: s.steps }, (_, n) => n))
			);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await scrollTo(page, 900);
			await page.screenshot({ path: info.outputPath(`${slug}-phone.png`) });
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
