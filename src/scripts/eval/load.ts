/** Load the seeds and the gold key from disk and build the bank (Node only). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBank } from '../../lib/extract/index';
import type { Bank } from '../../lib/extract/types';
import { applySideLabels, type SideLabels } from '../../lib/content/sides';
import type { Gold } from './score';

export function loadGold(root = process.cwd()): Gold {
	return JSON.parse(readFileSync(join(root, 'tests/seeds.gold.json'), 'utf8')) as Gold;
}

export function loadSeeds(root = process.cwd()): { seed: string; text: string }[] {
	const dir = join(root, 'seeds');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((seed) => ({ seed, text: readFileSync(join(dir, seed), 'utf8') }));
}

/** The side labels content gives the seeds' parties (`content/sides.json`). */
export function loadSideLabels(root = process.cwd()): SideLabels {
	return JSON.parse(readFileSync(join(root, 'content/sides.json'), 'utf8')) as SideLabels;
}

/** The seeds' bank as the site builds it, without the review: extraction plus content's side labels. */
export function seedBank(gold: Gold, root = process.cwd()): Bank {
	const bank = buildBank(loadSeeds(root).map((s) => ({ ...s, meta: gold.articles[s.seed] })));
	return applySideLabels(bank, loadSideLabels(root));
}
