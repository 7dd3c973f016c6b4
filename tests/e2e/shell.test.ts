import { numberWord } from '../../src/lib/words';
import { axeViolations, expect, test } from './fixtures';
import { sourceCount } from './routes';

test.describe('home page', () => {
	test('says what this is and lists the sources', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who said what?');
		const sources = page
			.getByRole('region', { name: `The ${numberWord(sourceCount)} source articles` })
			.getByRole('listitem');
		await expect(sources).toHaveCount(sourceCount);
		await expect(sources.filter({ hasText: 'Reuters' })).toContainText('20 May 2014');
		await expect(sources.filter({ hasText: 'The Register' })).toContainText('September 2023');
	});

	test('has main navigation and a footer naming the sources', async ({ page }) => {
		await page.goto('/');
		const nav = page.getByRole('navigation', { name: 'Main' });
		for (const label of ['Learn', 'Quiz', 'Sources', 'Teach']) {
			await expect(nav.getByRole('link', { name: label })).toBeVisible();
		}
		// The home page lists each source once, in its body; other pages name them in the footer.
		for (const outlet of ['Reuters', 'The Register']) {
			await expect(page.getByRole('listitem').filter({ hasText: outlet })).toHaveCount(1);
		}
		await page.goto('/about');
		await expect(page.getByRole('contentinfo').getByRole('listitem')).toHaveCount(sourceCount);
	});

	test('has no axe violations', async ({ page }) => {
		await page.goto('/');
		expect(await axeViolations(page)).toEqual([]);
	});

	test('skip link moves keyboard focus to the main content', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
		await page.keyboard.press('Tab');
		// The next stop is inside main, not back in the header.
		expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
	});
});

test.describe('about page', () => {
	test('renders the markdown document with its title', async ({ page }) => {
		await page.goto('/about');
		await expect(page).toHaveTitle('About Attributed · Attributed');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Attributed');
		await expect(page.getByRole('heading', { name: 'How to read the sources' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test.describe('not found', () => {
		test.use({ allowHttpErrors: true });
		test('an unknown page gets a clear 404', async ({ page }) => {
			const response = await page.goto('/no-such-page');
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		});
	});
});

test.describe('motion', () => {
	test.describe('with reduced motion', () => {
		test.use({ reducedMotion: 'reduce' });
		test('animation and transition durations collapse to 1ms', async ({ page }) => {
			await page.goto('/');
			const token = await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--1s').trim()
			);
			expect(token).toBe('1ms');
			const scrollBehavior = await page.evaluate(
				() => getComputedStyle(document.documentElement).scrollBehavior
			);
			expect(scrollBehavior).toBe('auto');
			await page.getByRole('link', { name: 'Start learning' }).hover();
			expect(
				await page.evaluate(
					() =>
						document.getAnimations().filter((a) => {
							const timing = a.effect?.getComputedTiming();
							return typeof timing?.duration === 'number' && timing.duration > 1;
						}).length
				)
			).toBe(0);
		});
	});

	test.describe('when motion is allowed', () => {
		test.use({ reducedMotion: 'no-preference' });
		test('the motion token is one second', async ({ page }) => {
			await page.goto('/');
			const token = await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--1s').trim()
			);
			expect(token).toBe('1s');
		});
	});
});

test('a phone-width viewport does not scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/', '/about', '/sources']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
