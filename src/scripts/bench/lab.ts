/** Lab speed: reading, extracting and drawing a round from a 5,000-word article, inside Chromium. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath } from '../../../tests/e2e/chromium';
import { PARAGRAPH_SHAPES, paragraphShape, type BenchLine } from './extract';
import { CHROMIUM_ARGS } from './weight';

const WORDS = 5000;
const TARGET_MS = 200;

/** A long article from the lab's hand-written fixtures, numbers varied on each pass so figures differ. */
export function labArticle(root: string, words = WORDS): string {
	const dir = join(root, 'tests/lab/articles');
	const bodies = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(join(dir, f), 'utf8').split('\n').slice(1).join('\n').trim());
	const out: string[] = ['A long day in the hills, the harbour and the council chamber'];
	let count = 0;
	for (let pass = 0; count < words; pass++) {
		for (const body of bodies) {
			const varied = body.replace(/\d+/g, (d) => String(Number(d) + pass * 7));
			out.push(varied);
			count += varied.split(/\s+/).length;
			if (count >= words) break;
		}
	}
	return out.join('\n\n');
}

/** The page-side driver: times the lab's own entry points, as the /lab page calls them. */
const DRIVER = `
import { readArticle, labBank, labQuiz } from ${JSON.stringify('LAB')};
import { extractArticle } from ${JSON.stringify('EXTRACT')};
// The best of five timed runs after a warm-up, as the extraction bench takes them in Node.
window.runShape = (input) => {
	extractArticle(input, 'shape.txt');
	let best = Infinity;
	for (let i = 0; i < 5; i++) {
		const t0 = performance.now();
		extractArticle(input, 'shape.txt');
		best = Math.min(best, performance.now() - t0);
	}
	return best;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
window.runLab = (text, runs) => {
	const times = [];
	let questions = 0;
	for (let i = 0; i < runs; i++) {
		// A different last line each run: the lab keeps extractions of unchanged texts.
		const t0 = performance.now();
		const article = readArticle({ text: text + '\\n\\nEdition ' + i + '.' });
		const quiz = labQuiz(labBank([article]), [article], i + 1);
		times.push(performance.now() - t0);
		questions = 'empty' in quiz ? 0 : quiz.questions.length;
	}
	return { times, questions };
};
window.runReview = (text, runs) => {
	const article = readArticle({ text });
	const bank = labBank([article]);
	const ids = Object.keys(bank.quotes);
	const times = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		labQuiz(labBank([article], { exclude: [ids[i % ids.length]] }), [article], 1);
		times.push(performance.now() - t0);
	}
	return { times, median: median(times) };
};
`;

/**
 * The extraction bench's slowest inputs, extracted in the page: a paste in the lab is where such an
 * input meets the extractor. Wall time (a page has no CPU clock), so a busy machine weighs on it.
 */
async function shapeLines(page: Page): Promise<BenchLine[]> {
	const lines: BenchLine[] = [];
	for (const [label, unit] of PARAGRAPH_SHAPES) {
		const input = paragraphShape(unit);
		const ms = await page.evaluate(
			([t]) => (window as unknown as { runShape: (t: string) => number }).runShape(t!),
			[input]
		);
		lines.push({
			label: `extractArticle: ${label} (${(input.length / 1e6).toFixed(2)} MB)`,
			value: `${ms.toFixed(0)} ms`,
			target: '< 1000 ms per MB',
			ok: ms < 1000 * Math.max(1, input.length / 1e6)
		});
	}
	return lines;
}

export async function benchLab(root = process.cwd()): Promise<BenchLine[]> {
	const bundle = await build({
		stdin: {
			contents: DRIVER.replace('"LAB"', JSON.stringify(join(root, 'src/lib/lab/index.ts'))).replace(
				'"EXTRACT"',
				JSON.stringify(join(root, 'src/lib/extract/index.ts'))
			),
			resolveDir: root,
			loader: 'js'
		},
		bundle: true,
		minify: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		tsconfig: join(root, 'tsconfig.json'),
		write: false
	});
	const code = bundle.outputFiles[0]!.text;
	const text = labArticle(root);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.setContent('<!doctype html><title>lab bench</title>');
		await page.addScriptTag({ content: code });
		// The first run is what a teacher who has just pasted waits for; later runs are warm.
		const cold = await page.evaluate(
			([t]) =>
				(window as unknown as { runLab: (t: string, n: number) => { times: number[] } }).runLab(
					t!,
					1
				),
			[text]
		);
		const warm = await page.evaluate(
			([t]) =>
				(
					window as unknown as {
						runLab: (t: string, n: number) => { times: number[]; questions: number };
					}
				).runLab(t!, 9),
			[text]
		);
		const review = await page.evaluate(
			([t]) =>
				(
					window as unknown as { runReview: (t: string, n: number) => { median: number } }
				).runReview(t!, 9),
			[text]
		);
		const shapes = await shapeLines(page);
		// The whole lab on the densest paste: each four bytes a quote and a figure, nobody named. The
		// bank once tested every pair of them (nine minutes for this megabyte).
		const dense = paragraphShape('“1”\n');
		const densePaste = await page.evaluate(
			([t]) =>
				(window as unknown as { runLab: (t: string, n: number) => { times: number[] } }).runLab(
					t!,
					1
				),
			[dense]
		);
		const sorted = [...warm.times].sort((a, b) => a - b);
		const median = sorted[Math.floor(sorted.length / 2)]!;
		const words = text.split(/\s+/).length;
		const load = `load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
		return [
			{
				label: `${words}-word article: read, extract, ${warm.questions}-question round`,
				value: `${median.toFixed(0)} ms median of ${sorted.length} warm runs (best ${sorted[0]!.toFixed(0)} ms; first, cold run ${cold.times[0]!.toFixed(0)} ms; ${load})`,
				target: `< ${TARGET_MS} ms`,
				ok: median < TARGET_MS
			},
			{
				label: 'the same article after a review change (extraction kept)',
				value: `${review.median.toFixed(0)} ms median of 9 runs`
			},
			...shapes,
			{
				label: `a ${(dense.length / 1e6).toFixed(2)} MB paste of '“1”' paragraphs: read, extract, bank, round`,
				value: `${densePaste.times[0]!.toFixed(0)} ms (one run)`
			},
			{
				label: 'lab library bundle (esbuild, minified, gzipped; loaded on paste)',
				value: `${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB (${(code.length / 1024).toFixed(1)} KB raw)`
			}
		];
	} finally {
		await browser.close();
	}
}
