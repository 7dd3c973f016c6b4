import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '$lib/teach/answer-key';
import { KINDS } from '$lib/quiz/types';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const ARTICLES = join(process.cwd(), 'tests/lab/articles');
const dir = mkdtempSync(join(tmpdir(), 'quiz-cli-'));

/** Runs the CLI as a user would; never throws, returns the exit code and both streams. */
async function quiz(...args: string[]) {
	try {
		const { stdout, stderr } = await run(TSX, ['src/scripts/quiz.ts', ...args], {
			encoding: 'buffer',
			maxBuffer: 1 << 24
		});
		return { code: 0, stdout, stderr: stderr.toString() };
	} catch (e) {
		const err = e as { code: number; stdout: Buffer; stderr: Buffer };
		return { code: err.code, stdout: err.stdout, stderr: err.stderr.toString() };
	}
}

// Each case starts tsx and the whole extractor: slow on a busy two-core machine, never timed.
describe('npm run quiz', { timeout: 300_000 }, () => {
	it('writes the answer-key JSON of a round whose quotes are verbatim, who-said included', async () => {
		const file = join(ARTICLES, '09-figures.txt');
		const text = readFileSync(file, 'utf8');
		const { code, stdout } = await quiz(file, '--seed', '4');
		expect(code).toBe(0);
		const key = JSON.parse(stdout.toString()) as AnswerKey;
		expect(key.questions.length).toBeGreaterThan(3);
		expect(key.questions.map((q) => q.kind)).toContain('who-said');
		for (const q of key.questions) {
			expect(KINDS).toContain(q.kind);
			expect(text.slice(q.source.start, q.source.end)).toBe(q.source.quote);
		}
	});

	it('gives the same round for the same seed', async () => {
		const file = join(ARTICLES, '01-curly-quotes.txt');
		const [a, b] = await Promise.all([quiz(file, '--seed=3'), quiz(file, '--seed=3')]);
		expect(a.stdout.toString()).toBe(b.stdout.toString());
	});

	it('writes GIFT that a GIFT parser reads, from an HTML page', async () => {
		const { code, stdout } = await quiz(join(ARTICLES, '08-page.html'), '--format', 'gift');
		expect(code).toBe(0);
		expect(parseGift(stdout.toString()).length).toBeGreaterThan(0);
		expect(stdout.toString()).not.toContain('Subscribe now');
	});

	it('writes a QTI zip to --out, and to a redirected stdout', async () => {
		const out = join(dir, 'quiz.zip');
		const file = join(ARTICLES, '09-figures.txt');
		expect((await quiz(file, '--format', 'qti', '--out', out)).code).toBe(0);
		expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
		const piped = await quiz(file, '--format', 'qti');
		expect(piped.stdout.subarray(0, 2).toString()).toBe('PK');
	});

	it('takes several files as several articles', async () => {
		const files = ['01-curly-quotes.txt', '09-figures.txt'].map((f) => join(ARTICLES, f));
		const { code, stdout } = await quiz(...files);
		expect(code).toBe(0);
		const key = JSON.parse(stdout.toString()) as AnswerKey;
		expect(new Set(key.questions.map((q) => q.source.seed)).size).toBe(2);
	});

	it('says there is nothing to quiz, with the reason, and exits 1', async () => {
		const { code, stderr, stdout } = await quiz(join(ARTICLES, '10-no-quotes.txt'));
		expect(code).toBe(1);
		expect(stdout.length).toBe(0);
		expect(stderr).toBe(
			'quiz: nothing to quiz here: no attributed quotations or figures were found\n'
		);
	});

	it('exits 2 with a one-line reason for a missing, empty or binary file, or a bad flag', async () => {
		const empty = join(dir, 'empty.txt');
		writeFileSync(empty, '  \n');
		const binary = join(dir, 'photo.txt');
		writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
		const article = join(ARTICLES, '01-curly-quotes.txt');
		const cases: [string[], RegExp][] = [
			[[join(dir, 'missing.txt')], /missing\.txt: cannot read \(ENOENT\)/],
			[[empty], /empty\.txt: empty file/],
			[[binary], /photo\.txt: binary file, not text/],
			[[article, '--format', 'pdf'], /unknown format "pdf"/],
			[[article, '--seed', 'many'], /--seed must be a whole number, not "many"/],
			[[article, '--colour'], /unknown flag "--colour"/],
			[[article, '--format'], /--format needs a value/],
			[[], /no article file given/]
		];
		const results = await Promise.all(cases.map(([args]) => quiz(...args)));
		cases.forEach(([args, message], i) => {
			const { code, stderr } = results[i]!;
			expect(code, args.join(' ')).toBe(2);
			expect(stderr.split('\n')[0]).toMatch(new RegExp(`^quiz: (?:\\S*/)?${message.source}`));
		});
	});
});
