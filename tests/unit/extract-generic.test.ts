// The extractor must be generic: no names or phrases from the seed articles in its code or comments.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const gold = JSON.parse(readFileSync(join(root, 'tests/seeds.gold.json'), 'utf8')) as {
	entities: Record<string, { name: string; aliases: string[] }>;
	quotes: { text: string }[];
	figureNegatives: { text: string }[];
};

/** Words that name the seeds' own people, organisations and events, not general vocabulary. */
const GENERAL =
	/^(the |an? )?(china|beijing|washington|chinese government|u\.?s\.? government|foreign ministry|ministry of national defense|the (spokesman|statement|document|report|post|center|article|indictment|foreign ministry|defense ministry|justice department|translated post|wechat post)|treasury department data)$/i;

function seedSpecificTerms(): string[] {
	const terms = new Set<string>();
	for (const entity of Object.values(gold.entities)) {
		for (const name of [entity.name, ...entity.aliases]) {
			// Short single words (a surname like "Shi") are too common to search for in code.
			if (!GENERAL.test(name) && (name.includes(' ') || name.length >= 5)) terms.add(name);
		}
	}
	// Any five consecutive words of a gold quotation.
	for (const { text } of gold.quotes) {
		const words = text.split(/\s+/);
		for (let i = 0; i + 5 <= words.length; i++) terms.add(words.slice(i, i + 5).join(' '));
	}
	for (const { text } of gold.figureNegatives) if (/[a-z]/i.test(text)) terms.add(text);
	for (const extra of [
		'Xinhua',
		'Baucus',
		'Snowden',
		'Greenwald',
		'Teracai',
		'Second Date',
		'WeChat',
		'Bucknell',
		'Renmin'
	]) {
		terms.add(extra);
	}
	return [...terms];
}

describe('the extractor holds nothing specific to the seeds', () => {
	const dir = join(root, 'src/lib/extract');
	const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
	const terms = seedSpecificTerms();

	it('has source files and terms to check', () => {
		expect(files.length).toBeGreaterThan(5);
		expect(terms).toContain('Zheng Zeguang');
	});

	for (const file of files) {
		it(`${file} names no seed person, organisation or quotation`, () => {
			const code = readFileSync(join(dir, file), 'utf8').toLowerCase();
			const found = terms.filter((term) => {
				const t = term.toLowerCase();
				return new RegExp(`(^|[^a-z])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(
					code
				);
			});
			expect(found).toEqual([]);
		});
	}
});
