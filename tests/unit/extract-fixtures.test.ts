/** Fixture articles with hand-checked expected output. `UPDATE_FIXTURES=1` (never honoured when `CI`
 *  is set) rewrites them for review; otherwise a fixture without an expected file fails. */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';

const dir = join(process.cwd(), 'tests/fixtures/extract');
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.sort();

/** A readable, stable view of an extraction: what a reviewer checks by eye. */
export function view(text: string, seed: string): unknown {
	const x = extractArticle(text, seed);
	return {
		quotes: x.quotes.map((q) => ({
			text: q.text,
			kind: q.kind,
			speaker: q.speaker,
			...(q.via.length
				? { via: q.via.map((v) => x.entities.find((e) => e.id === v)?.name ?? v) }
				: {})
		})),
		figures: x.figures.map((f) => ({
			text: f.text,
			value: f.value,
			unit: f.unit,
			kind: f.kind,
			claimant: f.claimant
		})),
		furniture: x.furniture.map((b) => b.text)
	};
}

describe('fixture articles', () => {
	it('has at least six fixtures', () => {
		expect(files.length).toBeGreaterThanOrEqual(6);
	});
	it.each(files)('%s matches its expected output', (file) => {
		const text = readFileSync(join(dir, file), 'utf8');
		const got = view(text, file);
		const expPath = join(dir, file.replace(/\.txt$/, '.expected.json'));
		// A fixture cannot approve itself: without an expected file it fails, unless someone asks for
		// one to review (and never in CI).
		if (!process.env.CI && process.env.UPDATE_FIXTURES)
			writeFileSync(expPath, JSON.stringify(got, null, '\t') + '\n');
		if (!existsSync(expPath))
			throw new Error(
				`${file} has no reviewed ${file.replace(/\.txt$/, '.expected.json')}: write one, or run with UPDATE_FIXTURES=1 and review it`
			);
		expect(got).toEqual(JSON.parse(readFileSync(expPath, 'utf8')));
	});
});
