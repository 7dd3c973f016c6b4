// The extractor must be generic: no names or phrases from the seed articles, nor the names of the
// development corpus's annotated speakers when POLNEAR_DIR points at a local split, in its code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnn } from '../../src/scripts/eval/corpus/brat';

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

const TITLE =
	/^(?:the|mr|mrs|ms|dr|rev|sen|rep|gov|gen|president|senator|governor|secretary|judge|justice)\.?$/i;
/** Public institutions named in general vocabulary (government departments), not article-specific. */
const INSTITUTION =
	/^(?:white house|united states|homeland security|federal bureau|veterans affairs|state department|justice department|supreme court)$/i;

/** Names of the annotated sources of a local corpus split (POLNEAR_DIR=…/data/dev): runs of two or
 *  more capitalised words, titles dropped. Nothing of the corpus is stored in the repository. */
function corpusSpeakerNames(split: string | undefined): string[] {
	if (!split) return [];
	const names = new Set<string>();
	const annDir = join(split, 'attributions');
	const textDir = join(split, 'text');
	for (const ann of readdirSync(annDir).filter((f) => f.endsWith('.ann'))) {
		const textFile = readdirSync(textDir).find((t) => ann.startsWith(t.replace(/\.txt$/, '_')));
		if (!textFile) continue;
		const text = readFileSync(join(textDir, textFile), 'utf8');
		const content = readFileSync(join(annDir, ann), 'utf8');
		for (const a of parseAnn(content, text)) {
			for (const sp of a.source) {
				const words = text
					.slice(sp.start, sp.end)
					.replace(/['’]s\b/g, '')
					.split(/[\s,()]+/);
				let run: string[] = [];
				for (const w of [...words, '']) {
					if (/^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !TITLE.test(w)) run.push(w);
					else {
						const name = run.join(' ');
						// Shouted headline words ("AT LEAST") are not names.
						if (run.length >= 2 && !INSTITUTION.test(name) && name !== name.toUpperCase())
							names.add(name);
						run = [];
					}
				}
			}
		}
	}
	return [...names];
}

const corpusDir = process.env.POLNEAR_DIR;

describe('the extractor holds nothing specific to the seeds or the development corpus', () => {
	const dir = join(root, 'src/lib/extract');
	const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
	const corpusNames = corpusSpeakerNames(corpusDir);
	const terms = [...seedSpecificTerms(), ...corpusNames];

	it('has source files and terms to check', () => {
		expect(files.length).toBeGreaterThan(5);
		expect(terms).toContain('Zheng Zeguang');
		// With a corpus split given, its speakers are checked too.
		if (corpusDir) expect(corpusNames.length).toBeGreaterThan(50);
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
