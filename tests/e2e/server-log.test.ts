// The production server's request log: one line per request with status and time, never a token or a name.
import { spawn } from 'node:child_process';
import { expect, test } from './fixtures';
import { loadSite, makeToken } from './tokens';

/** The log's request lines (start-up and shutdown notes left out). */
const requestLines = (output: string) =>
	output.split('\n').filter((line) => /^[A-Z]+ \//.test(line));

test('logs one line per request, with results tokens and query strings left out', async () => {
	test.setTimeout(180_000);
	const base = String(test.info().project.use.baseURL);
	const site = await loadSite(base);
	const token = makeToken(site, site.modules[0]!.slug, 4, () => true, 'SecretName');

	// A second server on a port of the system's choosing, with logging on (the test server's is quiet).
	const server = spawn(process.execPath, ['src/scripts/serve.js', '--local'], {
		cwd: new URL('../..', import.meta.url).pathname,
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', QUIET_LOG: '0' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	server.stdout.on('data', (chunk) => (output += chunk));
	try {
		// Start-up builds the bank and warms the card workers: slow on a busy machine.
		await expect
			.poll(() => /running at http:\/\/localhost:(\d+)/.exec(output)?.[1], { timeout: 90_000 })
			.toBeTruthy();
		const port = /running at http:\/\/localhost:(\d+)/.exec(output)![1];
		const own = `http://127.0.0.1:${port}`;
		const paths = [
			`/results/${token}`,
			`/results/${token}/card.png`,
			`/results/${token.slice(0, -4)}`,
			`/quiz/${site.modules[0]!.slug}?seed=77`,
			'/no-such-page'
		];
		for (const path of paths) await (await fetch(own + path)).arrayBuffer();
		await expect.poll(() => requestLines(output).length).toBe(paths.length);
	} finally {
		server.kill('SIGTERM');
	}
	const lines = requestLines(output);
	expect(lines).toEqual([
		expect.stringMatching(/^GET \/results\/\[token\] 200 \d+\.\dms$/),
		expect.stringMatching(/^GET \/results\/\[token\]\/card\.png 200 \d+\.\dms$/),
		expect.stringMatching(/^GET \/results\/\[token\] 400 \d+\.\dms$/),
		expect.stringMatching(/^GET \/quiz\/[a-z0-9-]+ 200 \d+\.\dms$/),
		expect.stringMatching(/^GET \/no-such-page 404 \d+\.\dms$/)
	]);
	expect(output).not.toContain(token.slice(0, 20));
	expect(output).not.toContain('SecretName');
	expect(output).not.toContain('seed=77');
});
