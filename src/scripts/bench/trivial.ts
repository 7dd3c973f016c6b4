/** The yardstick for page weight: a one-line SvelteKit page, built with this project's Vite, Kit and adapter. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer, type Running } from './processes';

// Inside node_modules so that Vite resolves svelte, kit and the adapter from this project's install.
const DIR = resolve('node_modules/.cache/attributed-trivial-kit');

const FILES: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'trivial-kit', private: true, type: 'module' }),
	'svelte.config.js': `import adapter from '@sveltejs/adapter-node';
export default { kit: { adapter: adapter({ precompress: true }) } };`,
	'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';
export default { plugins: [sveltekit()], logLevel: 'warn' };`,
	'src/app.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />%sveltekit.head%</head>
<body><div style="display: contents">%sveltekit.body%</div></body></html>`,
	'src/routes/+page.svelte': `<script>let count = $state(0);</script>
<h1>Trivial</h1><button onclick={() => count++}>Clicked {count}</button>`
};

function run(args: string[], cwd: string): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
		let errors = '';
		child.stderr.on('data', (chunk) => (errors += chunk));
		child.on('exit', (code) =>
			code === 0 ? done() : fail(new Error(`Building the trivial page failed:\n${errors}`))
		);
	});
}

/** Builds the trivial app once per installed Kit version, then serves it on `port`. */
export async function startTrivial(port: number): Promise<Running> {
	const kit = JSON.parse(readFileSync('node_modules/@sveltejs/kit/package.json', 'utf8')).version;
	const stamp = join(DIR, 'built-with-kit');
	if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== kit) {
		for (const [path, text] of Object.entries(FILES)) {
			mkdirSync(join(DIR, path, '..'), { recursive: true });
			writeFileSync(join(DIR, path), text);
		}
		await run([resolve('node_modules/vite/bin/vite.js'), 'build'], DIR);
		writeFileSync(stamp, kit);
	}
	return startServer(
		[join(DIR, 'build/index.js')],
		{ PORT: String(port), HOST: '127.0.0.1' },
		`http://127.0.0.1:${port}/`
	);
}
