// The class report end to end: ten links, two broken and one from another module, scored in the browser.
import { readFile } from 'node:fs/promises';
import { axeViolations, expect, test } from './fixtures';
import { loadSite, makeToken, type Site } from './tokens';

let site: Site;
let base: string;

test.beforeAll(async () => {
	base = String(test.info().project.use.baseURL);
	site = await loadSite(base);
});

/** Seven students on the class quiz, one on another module, one cut-off link and one that is not a result. */
function classLinks() {
	const [main, other] = site.modules;
	const links = Array.from(
		{ length: 7 },
		(_, s) =>
			`${base}/results/${makeToken(site, main!.slug, 2024, (i) => i !== s && i !== s + 3, s < 3 ? `Student ${s + 1}` : undefined)}`
	);
	const cut = links[6]!.slice(0, -12);
	return {
		main: main!,
		other: other!,
		text: [
			'name,link',
			...links.slice(0, 4).map((l, i) => `s${i},${l}`),
			`${base}/results/${makeToken(site, other!.slug, 5, () => true)}`,
			links[4],
			cut,
			`Here is mine: ${links[5]}.`,
			`${base}/quiz/${main!.slug}?seed=2024`,
			links[6]
		].join('\n')
	};
}

test('a teacher pastes ten links and sees the class, the broken links and the other module', async ({
	page
}) => {
	const { main, other, text } = classLinks();
	const requests: string[] = [];
	page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
	await page.goto('/teach/report');
	await expect(page.getByRole('button', { name: 'Make the report' })).toBeEnabled();
	await page.getByLabel(/Results links/).fill(text);
	await page.getByRole('button', { name: 'Make the report' }).click();

	const heading = page.getByRole('heading', { name: /^Report:/ });
	await expect(heading).toHaveText('Report: 8 students in 2 modules');
	await expect(heading).toBeFocused();
	await expect(
		page.getByText('10 links read: 8 in the report, 2 broken, 0 pasted twice.')
	).toBeVisible();

	const mainSection = page.getByRole('region', { name: main.title });
	await expect(mainSection.getByText(/\b7 students ·/)).toBeVisible();
	const studentRows = mainSection.getByRole('table').last().getByRole('row');
	await expect(studentRows).toHaveCount(8);
	await expect(mainSection.getByRole('cell', { name: 'Student 1', exact: true })).toBeVisible();
	const questionRows = mainSection.getByRole('table').first().locator('tbody tr');
	expect(await questionRows.count()).toBe(main.count);
	await expect(
		mainSection.getByRole('heading', { name: 'Speakers the class mixed up' })
	).toBeVisible();
	await expect(
		page.getByRole('region', { name: other.title }).getByText(/\b1 student ·/)
	).toBeVisible();

	const problems = page.getByRole('region', { name: 'Links that are not in the report' });
	await expect(problems.getByText('Broken links (2)')).toBeVisible();
	await expect(problems.getByText(/Was part of it cut off when copied/)).toBeVisible();
	await expect(problems.getByText('This is a link, but not to a quiz result.')).toBeVisible();
	await expect(problems.getByText('Lines with no link (1)')).toBeVisible();

	// Nothing was sent anywhere: only the page, its assets and the site's own JSON were fetched.
	expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);
	expect(requests.some((r) => r.includes('/results/'))).toBe(false);
	expect(await axeViolations(page)).toEqual([]);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const csv = await readFile((await (await download).path())!, 'utf8');
	expect(csv.split('\r\n')[0]).toBe(
		'section,module,line or question,student or question,right,out of,percent'
	);
	expect(csv.match(/^student,/gm)).toHaveLength(8);
	expect(csv.match(/^broken link,/gm)).toHaveLength(2);
	expect(csv).toContain('Student 1');

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Make the report' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(heading).toBeVisible();
});

test('links load from a CSV file', async ({ page }) => {
	const { text } = classLinks();
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
		'Report: 8 students in 2 modules'
	);
});

test('pasting no links says what to paste', async ({ page }) => {
	await page.goto('/teach/report');
	await expect(page.getByRole('button', { name: 'Make the report' })).toBeEnabled();
	await page.getByLabel(/Results links/).fill('hello');
	await page.getByRole('button', { name: 'Make the report' }).click();
	await expect(page.getByRole('alert')).toHaveText(/No results links found/);
});
