import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedSinceBuild } from './build-age';

let root = '';
/** Writes a file whose modification time is `at` seconds after the epoch. */
function file(path: string, at: number): void {
	const full = join(root, path);
	mkdirSync(dirname(full), { recursive: true });
	writeFileSync(full, 'x');
	utimesSync(full, at, at);
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'build-age-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('changedSinceBuild', () => {
	it('names a source file changed after the build, however deep', () => {
		file('build/handler.js', 2000);
		file('src/lib/a.ts', 1000);
		file('src/lib/extract/deep/b.ts', 3000);
		expect(changedSinceBuild(root)).toBe('src/lib/extract/deep/b.ts');
	});

	it('counts content, seeds and the configuration as sources', () => {
		file('build/handler.js', 2000);
		file('content/modules/a.md', 3000);
		expect(changedSinceBuild(root)).toBe('content/modules/a.md');
		file('content/modules/a.md', 1000);
		file('svelte.config.js', 3000);
		expect(changedSinceBuild(root)).toBe('svelte.config.js');
	});

	it('passes a build newer than every source, and ignores tests and scripts', () => {
		file('build/handler.js', 2000);
		file('src/lib/a.ts', 1000);
		file('src/lib/a.test.ts', 3000);
		file('src/scripts/bench.ts', 3000);
		expect(changedSinceBuild(root)).toBeNull();
	});

	it('says nothing when there is no build (the bench says that itself)', () => {
		file('src/lib/a.ts', 3000);
		expect(changedSinceBuild(root)).toBeNull();
	});
});
