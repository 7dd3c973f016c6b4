// Every end-to-end test runs with two guards: no console errors, and no request that leaves this machine.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const test = base.extend<{
	allowHttpErrors: boolean;
	allowOfflineErrors: boolean;
	guards: void;
}>({
	/** Tests of 404 and 400 pages set this: the browser logs the document's status as a console error. */
	allowHttpErrors: [false, { option: true }],
	/** Offline tests set this: the browser logs a request it could not send as a console error. */
	allowOfflineErrors: [false, { option: true }],
	guards: [
		async ({ page, allowHttpErrors, allowOfflineErrors }, use) => {
			const consoleErrors: string[] = [];
			const outsideRequests: string[] = [];
			page.on('console', (message) => {
				// A page that fails to hydrate is drawn again from scratch, losing what was typed: an error.
				if (message.type() === 'warning' && /hydrat/i.test(message.text()))
					consoleErrors.push(message.text());
				if (message.type() !== 'error') return;
				if (allowHttpErrors && /^Failed to load resource: .* status of 4\d\d/.test(message.text()))
					return;
				if (allowOfflineErrors && message.text().includes('net::ERR_INTERNET_DISCONNECTED')) return;
				consoleErrors.push(message.text());
			});
			page.on('pageerror', (error) => consoleErrors.push(error.message));
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (
					!['data:', 'blob:', 'about:'].includes(url.protocol) &&
					!LOCAL_HOSTS.has(url.hostname)
				) {
					outsideRequests.push(request.url());
				}
			});
			await use();
			expect(outsideRequests, 'requests that left localhost').toEqual([]);
			expect(consoleErrors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Runs axe with WCAG 2.1 AA rules and returns the violations, readable in a failed assertion. */
export async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	return results.violations.map((v) => ({
		id: v.id,
		impact: v.impact,
		help: v.help,
		nodes: v.nodes.map((n) => n.target.join(' '))
	}));
}
