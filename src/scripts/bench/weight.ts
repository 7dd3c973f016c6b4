/** Page weight: gzipped JavaScript each page type loads on first view, measured in Chromium. */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../../../tests/e2e/chromium';
import { loadSite, makeRecord, makeToken, type Site } from '../../../tests/e2e/tokens';
import { generateQuiz } from '../../lib/quiz/generate';
import { progressUrl } from '../../lib/quiz/progress';
import { startProduction } from './processes';
import { freePort, type BenchLine } from './server';
import { startTrivial } from './trivial';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Budgets from issue 13, in KB of gzipped JavaScript; explainers carry the scrolly runtime. */
const BUDGET_KB = { page: 45, explainer: 55, lab: 60 };

export interface PageType {
	label: string;
	path: string;
	budget?: number;
}

/** A practice round of one estimate question: the quiz page with the slider and its number reader. */
function estimateQuestion(site: Site): string | null {
	for (const module of site.modules) {
		const quiz = generateQuiz(site.bank, module, 1, { texts: site.texts });
		const question = quiz.questions.find((q) => q.kind === 'estimate');
		if (question) return progressUrl(module.slug, { seed: 1, only: [question.id], answers: [] });
	}
	return null;
}

/** One URL of every page type, from the running app's own modules and bank. */
export async function pageTypes(base: string): Promise<PageType[]> {
	const site = await loadSite(base);
	const slug = site.modules[0]!.slug;
	const record = makeRecord(site, slug, 1, () => true);
	const first = { seed: 1, only: null, answers: record.answers.slice(0, 1) };
	const explainers = (await (await fetch(`${base}/learn`)).text()).match(/href="\/learn\/[^"]+"/);
	const explainer = explainers ? explainers[0].slice(6, -1) : '/learn';
	const sources = (await (await fetch(`${base}/sources`)).text()).match(/href="\/sources\/[^"]+"/);
	const source = sources ? sources[0].slice(6, -1) : '/sources';
	const page = BUDGET_KB.page;
	const estimate = estimateQuestion(site);
	return [
		{ label: 'home', path: '/', budget: page },
		{ label: 'learn index', path: '/learn', budget: page },
		{ label: 'explainer', path: explainer, budget: BUDGET_KB.explainer },
		{ label: 'quiz index', path: '/quiz', budget: page },
		{ label: 'quiz question', path: `/quiz/${slug}?seed=1`, budget: page },
		{ label: 'quiz feedback', path: progressUrl(slug, first, true), budget: page },
		...(estimate ? [{ label: 'estimate question', path: estimate, budget: page }] : []),
		{
			label: 'results',
			path: `/results/${makeToken(site, slug, 1, (i) => i % 2 === 0)}`,
			budget: page
		},
		{ label: 'sources index', path: '/sources', budget: page },
		{ label: 'source', path: source, budget: page },
		{ label: 'teach', path: '/teach', budget: page },
		{ label: 'class report', path: '/teach/report', budget: page },
		// Issue 12: the extractor loads when text is pasted, not on first view.
		{ label: 'lab', path: '/lab', budget: BUDGET_KB.lab },
		{ label: 'lab quiz (no link)', path: '/lab/play' },
		{ label: 'about', path: '/about', budget: page }
	];
}

/** Bytes of JavaScript a fresh browser profile fetches for `url`, each file gzipped at level 9. */
export async function firstViewJs(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sizes: Promise<number>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		sizes.push(
			response.body().then(
				(body) => gzipSync(body, { level: 9 }).length,
				() => 0
			)
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
	await context.close();
	return total;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchWeight(): Promise<BenchLine[]> {
	const app = await startProduction(await freePort());
	const base = app.url.replace(/\/$/, '');
	const trivial = await startTrivial(await freePort());
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const yardstick = await firstViewJs(browser, trivial.url);
		const lines: BenchLine[] = [
			{ label: 'a trivial SvelteKit page, same Vite, Kit and adapter', value: kb(yardstick) }
		];
		for (const type of await pageTypes(base)) {
			const bytes = await firstViewJs(browser, base + type.path);
			lines.push({
				label: `${type.label} (${type.path.length > 40 ? `${type.path.slice(0, 37)}…` : type.path})`,
				value: `${kb(bytes)}  (${bytes >= yardstick ? '+' : '−'}${kb(Math.abs(bytes - yardstick))} vs trivial)`,
				target: type.budget ? `≤ ${type.budget} KB` : undefined,
				ok: type.budget ? bytes <= type.budget * 1024 : undefined
			});
		}
		return lines;
	} finally {
		await browser.close();
		await trivial.stop();
		await app.stop();
	}
}
