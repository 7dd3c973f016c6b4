/** Load what the server loads, from disk (Node only): the reviewed bank, the seed texts and the quiz modules. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBank } from '../../lib/extract/index';
import { applyReview, type Review } from '../../lib/extract/review';
import { applySideLabels } from '../../lib/content/sides';
import { loadSideLabels } from '../eval/load';
import type { ArticleMeta, Bank } from '../../lib/extract/types';
import { KINDS, type QuestionKind, type QuizModule } from '../../lib/quiz/types';

export interface Loaded {
	bank: Bank;
	texts: Record<string, string>;
	modules: QuizModule[];
}

/** The few frontmatter shapes quiz modules use: `key: value` and `key:` followed by `  - item` lines. */
function frontmatter(source: string): Record<string, string | string[]> {
	const block = /^---\n([\s\S]*?)\n---/.exec(source.replace(/\r\n/g, '\n'))?.[1] ?? '';
	const out: Record<string, string | string[]> = {};
	let list: string[] | null = null;
	for (const line of block.split('\n')) {
		const item = /^\s+-\s+(.*)$/.exec(line);
		if (item && list) list.push(item[1]!.trim());
		const pair = /^(\w+):\s*(.*)$/.exec(line);
		if (!pair) continue;
		if (pair[2]) {
			out[pair[1]!] = pair[2].trim();
			list = null;
		} else out[pair[1]!] = list = [];
	}
	return out;
}

function readModules(root: string): QuizModule[] {
	const dir = join(root, 'content/quizzes');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => {
			const fm = frontmatter(readFileSync(join(dir, f), 'utf8'));
			return {
				slug: f.replace(/\.md$/, ''),
				file: `content/quizzes/${f}`,
				title: String(fm.title ?? f),
				description: String(fm.description ?? ''),
				seeds: [...((fm.seeds as string[]) ?? [])],
				kinds: ((fm.kinds as string[]) ?? []).filter((k): k is QuestionKind =>
					(KINDS as readonly string[]).includes(k)
				),
				count: Number(fm.count)
			};
		});
}

export function loadAll(root = process.cwd()): Loaded {
	const dir = join(root, 'seeds');
	const meta = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as Record<
		string,
		Partial<ArticleMeta>
	>;
	const seeds = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort();
	const texts = Object.fromEntries(seeds.map((s) => [s, readFileSync(join(dir, s), 'utf8')]));
	const review = JSON.parse(readFileSync(join(root, 'content/review.json'), 'utf8')) as Review;
	const bank = applyReview(
		applySideLabels(
			buildBank(seeds.map((seed) => ({ seed, text: texts[seed]!, meta: meta[seed] }))),
			loadSideLabels(root)
		),
		review,
		seeds.map((s) => texts[s]!)
	);
	return { bank, texts, modules: readModules(root) };
}
