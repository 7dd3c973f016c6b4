// Checks that a production install runs the built app: copies the build and the server script into a
// scratch folder, installs with `npm ci --omit=dev` (so no devDependency is there), starts the server
// and requests a page of each kind. A runtime import of a devDependency fails here, not in production.
// Usage: node src/scripts/check-production.js [--build]   (--build runs `npm run build` first)
import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Pages that load every kind of server code: prerendered, server-rendered, API, error, the card renderer. */
const PAGES = [
	['/', 200],
	['/quiz', 200],
	['/learn', 200],
	['/sources', 200],
	['/teach', 200],
	['/api/quiz.json', 200],
	['/results/not-a-token', 400],
	// Loads satori and @resvg/resvg-js (the card renderer) before refusing the token.
	['/results/not-a-token/card.png', 400]
];
const FILES = ['package.json', 'package-lock.json', '.npmrc', 'build', 'src/scripts'];

if (process.argv.includes('--build')) execSync('npm run --silent build', { stdio: 'inherit' });
if (!existsSync('build/handler.js')) {
	console.error('No build in build/: run `npm run build` first, or pass --build.');
	process.exit(1);
}

/** A free port on 127.0.0.1, from the operating system. */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject()
			);
		});
	});
}

/** Waits until the server answers `/`, or gives up after `seconds`. */
async function waitForServer(/** @type {string} */ base, seconds = 120) {
	for (let i = 0; i < seconds * 4; i++) {
		try {
			await fetch(base);
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	throw new Error(`the server did not answer at ${base} within ${seconds} s`);
}

const folder = mkdtempSync(join(tmpdir(), 'attributed-production-'));
/** @type {import('node:child_process').ChildProcess | null} */
let server = null;
let failures = 0;
try {
	for (const file of FILES)
		if (existsSync(file)) cpSync(file, join(folder, file), { recursive: true });
	console.log(`Production install in ${folder} (npm ci --omit=dev)…`);
	execSync('npm ci --omit=dev --no-audit --no-fund', { cwd: folder, stdio: 'inherit' });

	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, ['src/scripts/serve.js'], {
		cwd: folder,
		// Production needs its public origin; here it is the loopback address the checks ask.
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			QUIET_LOG: '1'
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	await waitForServer(base);
	if (existsSync(join(folder, 'node_modules', 'vite'))) {
		failures++;
		console.log('FAIL vite is installed: a build tool is in "dependencies".');
	}
	// A quiz page is rendered per request: ask for the first module's, as a student would.
	const modules = await (await fetch(`${base}/api/quiz.json`)).json();
	PAGES.push([`/quiz/${modules[0]?.slug}?seed=1`, 200]);
	for (const [path, expected] of PAGES) {
		const response = await fetch(base + path);
		const ok = response.status === expected;
		if (!ok) failures++;
		console.log(
			`${ok ? 'ok  ' : 'FAIL'} ${path} ${response.status}${ok ? '' : ` (expected ${expected})`}`
		);
	}
} catch (error) {
	failures++;
	console.error(`The production check failed: ${error instanceof Error ? error.message : error}`);
} finally {
	server?.kill('SIGTERM');
	rmSync(folder, { recursive: true, force: true });
}
console.log(failures ? 'Production install: FAILED.' : 'Production install serves the app.');
process.exit(failures ? 1 : 0);
