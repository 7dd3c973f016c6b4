import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';
import { readArticle, report, toJson } from '../../src/scripts/extract/cli';

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));

describe('extract CLI pieces', () => {
	it('refuses empty, binary and unreadable files with a message naming them', () => {
		writeFileSync(join(dir, 'empty.txt'), '');
		writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x61, 0x00, 0x62]));
		expect(readArticle(join(dir, 'empty.txt'))).toEqual({
			error: `${join(dir, 'empty.txt')}: empty file`
		});
		expect(readArticle(join(dir, 'bin.txt'))).toMatchObject({
			error: expect.stringContaining('bin.txt')
		});
		expect(readArticle(join(dir, 'missing.txt'))).toMatchObject({
			error: expect.stringContaining('missing.txt')
		});
	});
	it('prints the documented JSON shape with offsets into the text', () => {
		writeFileSync(
			join(dir, 'a.txt'),
			'Intro line here\n\n“Café prices rose 20%,” said Anna Berg, an economist.'
		);
		const r = readArticle(join(dir, 'a.txt'));
		if (!('text' in r)) throw new Error('unreadable');
		const j = toJson('a.txt', extractArticle(r.text, 'a.txt')) as {
			quotes: { text: string; start: number; end: number }[];
			figures: { text: string; start: number; end: number }[];
		};
		expect(Object.keys(j)).toEqual(['file', 'quotes', 'figures', 'boilerplate']);
		expect(Object.keys(j.quotes[0]!)).toEqual([
			'text',
			'start',
			'end',
			'kind',
			'speaker',
			'speakerId',
			'cue',
			'via'
		]);
		expect(Object.keys(j.figures[0]!)).toEqual([
			'text',
			'start',
			'end',
			'value',
			'unit',
			'counts',
			'claimant',
			'kind'
		]);
		for (const x of [...j.quotes, ...j.figures]) expect(r.text.slice(x.start, x.end)).toBe(x.text);
	});
	it('writes a readable report', () => {
		const x = extractArticle('"We will win," said Anna Berg.', 'a.txt');
		const out = report('a.txt', x);
		expect(out).toContain('Anna Berg');
		expect(out).toContain('[full]');
		// The ids an editor needs for content/review.json and <Quote id>.
		expect(x.quotes).toHaveLength(1);
		expect(out).toContain(x.quotes[0]!.id);
	});
});
