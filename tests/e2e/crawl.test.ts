// Visits every page reachable from the home page and checks every internal link and #anchor resolves.
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures';

test('every internal link and anchor on every page exists', async ({ page, baseURL }) => {
	test.setTimeout(180_000);
	const origin = new URL(baseURL!).origin;
	const queue = ['/'];
	const visited = new Map<string, Set<string>>();
	const wanted: { from: string; path: string; hash: string }[] = [];
	const broken: string[] = [];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (visited.has(path)) continue;
		const response = await page.goto(path);
		if (!response || response.status() !== 200) {
			broken.push(`${path} answered ${response?.status()}`);
			visited.set(path, new Set());
			continue;
		}
		const { ids, links } = await page.evaluate(() => ({
			ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
			links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href)
		}));
		visited.set(path, new Set(ids));
		for (const href of links) {
			const url = new URL(href);
			if (url.origin !== origin) continue;
			// API endpoints are data, not pages; their own tests cover them.
			if (url.pathname.startsWith('/api/')) continue;
			if (url.hash)
				wanted.push({
					from: path,
					path: url.pathname,
					hash: decodeURIComponent(url.hash.slice(1))
				});
			if (!visited.has(url.pathname) && !queue.includes(url.pathname)) queue.push(url.pathname);
		}
	}
	for (const { from, path, hash } of wanted) {
		if (!visited.get(path)?.has(hash))
			broken.push(`${from} links to ${path}#${hash}, which has no such id`);
	}
	expect(broken).toEqual([]);
	// The crawl reached the explainers and every source article.
	const pages = [...visited.keys()];
	expect(pages.filter((p) => p.startsWith('/learn/')).length).toBeGreaterThanOrEqual(4);
	const seedFiles = readdirSync(new URL('../../seeds', import.meta.url)).filter((f) =>
		f.endsWith('.txt')
	);
	expect(pages.filter((p) => p.startsWith('/sources/')).length).toBe(seedFiles.length);
});
