// A real `vite build` on a copy of the project with one broken input: the build must fail and say why.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const copies: string[] = [];

function copyProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'attributed-build-'));
	copies.push(dir);
	for (const entry of [
		'src',
		'static',
		'content',
		'seeds',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json',
		'package.json'
	]) {
		cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

async function buildOutput(dir: string): Promise<{ failed: boolean; output: string }> {
	try {
		const { stdout, stderr } = await run('npx', ['vite', 'build'], {
			cwd: dir,
			maxBuffer: 64 << 20
		});
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const e = error as { stdout?: string; stderr?: string };
		return { failed: true, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
	}
}

afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('npm run build on broken content', { timeout: 240_000 }, () => {
	it.concurrent('fails naming the file and field when frontmatter lacks its title', async () => {
		const dir = copyProject();
		const file = join(dir, 'content/pages/about.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:.*\n/m, ''));
		const { failed, output } = await buildOutput(dir);
		expect(failed).toBe(true);
		expect(output).toContain('content/pages/about.md (field "title"): is missing');
	});

	it.concurrent(
		'fails naming the seed file that seeds/articles.json does not describe',
		async () => {
			const dir = copyProject();
			writeFileSync(
				join(dir, 'seeds/999_new-article.txt'),
				'A new article.\n\n"Hello," she said.\n'
			);
			const { failed, output } = await buildOutput(dir);
			expect(failed).toBe(true);
			expect(output).toContain(
				'seeds/articles.json: no entry for seed file "seeds/999_new-article.txt"'
			);
		}
	);

	it.concurrent('fails naming the explainer, the line and an unknown quote id', async () => {
		const dir = copyProject();
		const file = join(dir, 'content/explainers/indictment-2014.md');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\n<Quote id="q-deadbeef" />\n`);
		const { failed, output } = await buildOutput(dir);
		expect(failed).toBe(true);
		expect(output).toMatch(
			/content\/explainers\/indictment-2014\.md: <Quote id="q-deadbeef"> on line \d+: no quote with this id in the evidence bank/
		);
	});

	it.concurrent(
		'fails naming the quiz module that asks for more questions than the bank holds',
		async () => {
			const dir = copyProject();
			const file = join(dir, 'content/quizzes/cisco-ibm-trust.md');
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^count: \d+$/m, 'count: 400'));
			const { failed, output } = await buildOutput(dir);
			expect(failed).toBe(true);
			expect(output).toMatch(
				/content\/quizzes\/cisco-ibm-trust\.md \(field "count"\): asks for 400 questions, but .* give only \d+ distinct items/
			);
		}
	);

	it.concurrent(
		'fails naming the file and field of a map entry citing a missing paragraph',
		async () => {
			const dir = copyProject();
			const file = join(dir, 'content/explainers/indictment-2014.json');
			const data = JSON.parse(readFileSync(file, 'utf8'));
			data['accusation-map'].accusations[1].source.paragraph = 99;
			writeFileSync(file, JSON.stringify(data));
			const { failed, output } = await buildOutput(dir);
			expect(failed).toBe(true);
			expect(output).toContain(
				'content/explainers/indictment-2014.json (field "accusation-map.accusations[1].source.paragraph"): 002_f2ce5798af53c9ec.txt has no article paragraph 99'
			);
		}
	);

	it.concurrent('fails naming the file and field of a timeline entry with no source', async () => {
		const dir = copyProject();
		const file = join(dir, 'content/explainers/huawei-2009-2023.json');
		const data = JSON.parse(readFileSync(file, 'utf8'));
		delete data.timeline.events[2].source;
		writeFileSync(file, JSON.stringify(data));
		const { failed, output } = await buildOutput(dir);
		expect(failed).toBe(true);
		expect(output).toContain(
			'content/explainers/huawei-2009-2023.json (field "timeline.events[2].source"): must be an object'
		);
	});

	it.concurrent('fails naming the quiz module with an unknown question kind', async () => {
		const dir = copyProject();
		const file = join(dir, 'content/quizzes/huawei.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('  - who-said\n', '  - who-sang\n'));
		const { failed, output } = await buildOutput(dir);
		expect(failed).toBe(true);
		expect(output).toContain('content/quizzes/huawei.md (field "kinds"): "who-sang" is not one of');
	});
});
