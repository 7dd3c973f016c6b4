/** Other sites' page furniture (invented pages), each with a hand-written list of the lines to drop. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/lib/extract/clean';
import { extractArticle } from '../../src/lib/extract/index';

const dir = join(process.cwd(), 'tests/fixtures/clean');
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.sort();

describe('page furniture of other sites, found by its shape', () => {
	it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(3));
	it.each(files)('%s drops exactly the furniture its expected file lists', (file) => {
		const expPath = join(dir, file.replace(/\.txt$/, '.expected.json'));
		// Written by hand, never by this test: a fixture without one fails.
		expect(existsSync(expPath), `${file} needs a hand-written expected file`).toBe(true);
		const expected = JSON.parse(readFileSync(expPath, 'utf8')) as { furniture: string[] };
		const text = readFileSync(join(dir, file), 'utf8');
		expect(clean(text).furniture.map((f) => f.text)).toEqual(expected.furniture);
		// Nothing of the story is lost: every quote and figure lies in a kept paragraph.
		const x = extractArticle(text, file);
		const kept = (s: { start: number; end: number }) =>
			x.paragraphs.some((p) => p.start <= s.start && s.end <= p.end);
		expect(x.quotes.length).toBeGreaterThan(0);
		for (const item of [...x.quotes, ...x.figures]) expect(kept(item), item.text).toBe(true);
	});
});
