// The class report end to end: ten students' links (another seed, a practice round, a renamed duplicate,
// a wrapped link) and two broken ones, scored in the browser.
import { readFile } from 'node:fs/promises';
import { axeViolations, expect, test } from './fixtures';
import Papa from 'papaparse';
import { encodeResult } from '../../src/lib/quiz/token';
import { loadSite, makeRecord, makeToken, type Site } from './tokens';

let site: Site;
let base: string;

test.beforeAll(async () => {
	base = String(test.info().project.use.baseURL);
	site = await loadSite(base);
});

const CLASS = 'mixed';

/**
 * Ten students: six on the class round (one link wrapped by an email client), two on another seed,
 * one practice round, and one student who sent her link again after adding a name; plus two broken links.
 */
function classLinks() {
	const names = ['Ana', 'Chloé', '🦊 Zoë', 'Dev', 'Eli'];
	const results = names.map(
		(name, s) => `${base}/results/${makeToken(site, CLASS, 2024, (i) => i !== s, name)}`
	);
	const unnamed = makeRecord(site, CLASS, 2024, (i) => i > 5);
	const sixth = `${base}/results/${encodeResult(unnamed)}`;
	const renamed = `${base}/results/${encodeResult({ ...unnamed, name: 'Fay' })}`;
	const practice = makeRecord(site, CLASS, 2024, () => true, 'Ana');
	practice.answers = practice.answers.slice(2, 4);
	const wrapped = results[4]!;
	return [
		'Links from the class:',
		...results.slice(0, 4),
		wrapped.slice(0, 60),
		wrapped.slice(60),
		sixth,
		`${base}/results/${makeToken(site, CLASS, 5, () => true, 'Gus')}`,
		`${base}/results/${makeToken(site, CLASS, 5, (i) => i > 0, 'Hal')}`,
		`${base}/results/${encodeResult(practice)}`,
		renamed,
		results[1]!.slice(0, -12),
		`${base}/quiz/${CLASS}?seed=2024`
	].join('\n');
}

test('ten students: the report groups, flags and counts each link, and the CSV keeps every name', async ({
	page
}) => {
	// Many steps (axe, a download, a reload, print) on a busy machine.
	test.setTimeout(120_000);
	const text = classLinks();
	const mixed = site.modules.find((m) => m.slug === CLASS)!;
	const requests: string[] = [];
	page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
	await page.goto('/teach/report');
	await expect(page.getByRole('button', { name: 'Make the report' })).toBeEnabled();
	await page.getByLabel(/Results links/).fill(text);
	await page.getByRole('button', { name: 'Make the report' }).click();

	const heading = page.getByRole('heading', { name: /^Report:/ });
	await expect(heading).toHaveText('Report: 8 students in 1 module');
	await expect(heading).toBeFocused();
	await expect(
		page.getByText('12 links read: 8 in the report, 2 broken, 1 pasted twice, 1 practice round.')
	).toBeVisible();

	const classSection = page.getByRole('region', { name: `${mixed.title}, seed 2024` });
	await expect(classSection.getByText(/^6 students ·/)).toBeVisible();
	const grid = classSection.getByRole('region', { name: /each student's answer/ });
	const rows = grid.locator('tbody tr');
	await expect(rows).toHaveCount(6);
	await expect(grid.getByRole('link', { name: 'Fay' })).toHaveAttribute('href', /^\/results\//);
	await expect(grid.getByRole('link', { name: 'Student on line 8' })).toHaveCount(0);
	await expect(grid.getByRole('link', { name: 'Eli' })).toBeVisible();
	await expect(rows.first().locator('td.cell')).toHaveCount(mixed.count);

	const otherSeed = page.getByRole('region', { name: `${mixed.title}, seed 5` });
	await expect(otherSeed.getByText(/not in the class figures/)).toBeVisible();
	await expect(otherSeed.getByText(/^2 students ·/)).toBeVisible();
	const practice = page.getByRole('region', { name: 'Practice rounds (1)' });
	await expect(practice.getByRole('link', { name: 'Ana' })).toBeVisible();

	const problems = page.getByRole('region', { name: 'Links that are not in the report' });
	await expect(problems.getByText('Broken links (2)')).toBeVisible();
	await expect(problems.getByText(/Was part of it cut off when copied/)).toBeVisible();
	await expect(problems.getByText('This is a link, but not to a quiz result.')).toBeVisible();
	await expect(problems.getByText(/the same answers, with a name added as line 8/)).toBeVisible();

	// Nothing was sent anywhere: only the page, its assets and the site's own JSON were fetched.
	expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);
	expect(requests.some((r) => r.includes('/results/'))).toBe(false);
	expect(await axeViolations(page)).toEqual([]);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const csv = await readFile((await (await download).path())!, 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const tidy = Papa.parse<Record<string, string>>(csv.slice(1).split('\r\n\r\n')[0]!, {
		header: true,
		skipEmptyLines: true
	}).data;
	expect(tidy).toHaveLength(8 * mixed.count + 2);
	const students = new Set(tidy.map((r) => r.student));
	expect(students).toEqual(new Set(['Ana', 'Chloé', '🦊 Zoë', 'Dev', 'Eli', 'Fay', 'Gus', 'Hal']));
	expect(tidy.filter((r) => r.round === 'practice')).toHaveLength(2);
	expect(tidy.filter((r) => r.round === 'other seed')).toHaveLength(2 * mixed.count);

	// The report survives a reload and the Back button, from this tab's session storage.
	await page.reload();
	await expect(heading).toHaveText('Report: 8 students in 1 module');
	await grid.getByRole('link', { name: 'Chloé' }).click();
	await expect(page).toHaveURL(/\/results\//);
	await page.goBack();
	await expect(heading).toHaveText('Report: 8 students in 1 module');

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Make the report' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByText(`Class report · ${mixed.title}, seed 2024 ·`)).toBeVisible();
});

test('thirty students print on at most two pages', async ({ page }) => {
	const links = Array.from(
		{ length: 30 },
		(_, s) =>
			`${base}/results/${makeToken(site, CLASS, 2024, (i) => (i + s) % 3 !== 0, `Student ${s + 1}`)}`
	);
	await page.goto('/teach/report');
	await expect(page.getByRole('button', { name: 'Make the report' })).toBeEnabled();
	await page.getByLabel(/Results links/).fill(links.join('\n'));
	await page.getByRole('button', { name: 'Make the report' }).click();
	await expect(page.getByRole('heading', { name: /^Report:/ })).toHaveText(
		'Report: 30 students in 1 module'
	);
	const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
	const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
	expect(pages).toBeGreaterThan(0);
	expect(pages).toBeLessThanOrEqual(2);
});

test('on a phone the grid scrolls sideways with the names kept in view', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('/teach/report');
	await expect(page.getByRole('button', { name: 'Make the report' })).toBeEnabled();
	await page.getByLabel(/Results links/).fill(classLinks());
	await page.getByRole('button', { name: 'Make the report' }).click();
	const grid = page.getByRole('region', { name: /seed 2024: each student's answer/ });
	const name = grid.getByRole('link', { name: 'Ana' });
	const before = (await name.boundingBox())!;
	await grid.evaluate((el) => (el.scrollLeft = el.scrollWidth));
	expect(await grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
	const after = (await name.boundingBox())!;
	expect(Math.abs(after.x - before.x)).toBeLessThan(2);
});

test('links load from a CSV file', async ({ page }) => {
	const text = classLinks();
	await page.goto('/teach/report');
	await expect(page.getByRole('button', { name: 'Make the report' })).toBeEnabled();
	await page.getByLabel('Or load a text or CSV file').setInputFiles({
		name: 'class.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(text)
	});
	await expect(page.getByText('Added class.csv.')).toBeVisible();
	await page.getByRole('button', { name: 'Make the report' }).click();
	await expect(page.getByRole('heading', { name: /^Report:/ })).toHaveText(
		'Report: 8 students in 1 module'
	);
});

test('pasting no links says what to paste', async ({ page }) => {
	await page.goto('/teach/report');
	await expect(page.getByRole('button', { name: 'Make the report' })).toBeEnabled();
	await page.getByLabel(/Results links/).fill('hello');
	await page.getByRole('button', { name: 'Make the report' }).click();
	await expect(page.getByRole('alert')).toHaveText(/No results links found/);
});
