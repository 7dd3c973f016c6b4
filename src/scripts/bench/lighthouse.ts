/** Lighthouse (mobile, simulated throttling) on each page type of the production build, in this machine's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../../../tests/e2e/chromium';
import { startProduction } from './processes';
import { freePort, type BenchLine } from './server';
import { CHROMIUM_ARGS, pageTypes } from './weight';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Issue 13's targets: performance at least 98, the other three at 100. */
const TARGET: Record<(typeof CATEGORIES)[number], number> = {
	performance: 98,
	accessibility: 100,
	'best-practices': 100,
	seo: 100
};
/** The page types issue 13 names; the weight bench measures a few more. */
const MEASURED = [
	'home',
	'explainer',
	'quiz question',
	'quiz feedback',
	'results',
	'source',
	'teach',
	'class report'
];

export async function benchLighthouse(): Promise<BenchLine[]> {
	const app = await startProduction(await freePort());
	const base = app.url.replace(/\/$/, '');
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	const lines: BenchLine[] = [];
	try {
		const types = (await pageTypes(base)).filter((t) => MEASURED.includes(t.label));
		for (const type of types) {
			const lhr = await audit(base + type.path, chrome.port);
			if (!lhr || lhr.runtimeError) {
				const why = lhr?.runtimeError?.code ?? 'no report';
				lines.push({ label: type.label, value: `Lighthouse failed: ${why}`, ok: false });
				continue;
			}
			const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
			const misses = CATEGORIES.flatMap((c, i) =>
				scores[i]! < TARGET[c] ? [failingAudits(lhr, c)] : []
			).join('; ');
			lines.push({
				label: `${type.label} (perf / a11y / best practices / SEO)`,
				value:
					scores.join(' / ') +
					`  TBT ${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)} ms` +
					(misses ? `  [${misses}]` : ''),
				target: '≥ 98 / 100 / 100 / 100',
				ok: CATEGORIES.every((c, i) => scores[i]! >= TARGET[c])
			});
		}
		return lines;
	} finally {
		chrome.kill();
		await app.stop();
	}
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * One Lighthouse run with its defaults (the mobile form factor, simulated throttling), run again
 * when the trace itself failed (NO_NAVSTART and the like happen on a busy machine; Lighthouse's
 * own advice is to run it again): that says nothing about the page.
 */
async function audit(url: string, port: number, tries = 3): Promise<Report | undefined> {
	let lhr: Report | undefined;
	for (let i = 0; i < tries; i++) {
		const options = { port, output: 'json' as const, logLevel: 'error' as const };
		lhr = (await lighthouse(url, { ...options, onlyCategories: [...CATEGORIES] }))?.lhr;
		if (lhr && !lhr.runtimeError) return lhr;
	}
	return lhr;
}

/** The audits that cost a category points, by id, so the bench says where to look. */
function failingAudits(lhr: Report, category: string): string {
	const refs = lhr.categories[category]?.auditRefs ?? [];
	const failing = refs
		.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
		.map((ref) => ref.id);
	return `${category}: ${failing.join(', ') || '?'}`;
}
