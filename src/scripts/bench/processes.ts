/** Starts the servers the bench measures, on 127.0.0.1 only, and stops exactly the processes it started. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Running {
	url: string;
	/** The process id, to read its memory. */
	pid: number;
	stop: () => Promise<void>;
}

/** Waits until `url` answers, or fails after `ms` with what the process printed. */
async function waitFor(url: string, child: ChildProcess, output: () => string, ms = 20_000) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new Error(`The server exited early:\n${output()}`);
		try {
			const response = await fetch(url);
			await response.arrayBuffer();
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	throw new Error(`The server at ${url} did not answer within ${ms / 1000}s:\n${output()}`);
}

/** Runs `node …args` with `env` and resolves once `readyUrl` (by default `url`) answers. */
export function startServer(
	args: string[],
	env: Record<string, string>,
	url: string,
	readyUrl = url
): Promise<Running> {
	const child = spawn(process.execPath, args, {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
		});
	return waitFor(readyUrl, child, () => output).then(
		() => ({ url, pid: child.pid ?? 0, stop }),
		async (error) => {
			await stop();
			throw error;
		}
	);
}

/** The production server from build/, as `npm start` runs it, with request logging off. */
export function startProduction(port: number, env: Record<string, string> = {}): Promise<Running> {
	if (!existsSync('build/handler.js')) {
		throw new Error('No production build in build/. Run `npm run build` before `npm run bench`.');
	}
	return startServer(
		['src/scripts/serve.js'],
		{
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			QUIET_LOG: '1',
			...env
		},
		`http://127.0.0.1:${port}/`,
		// Prerendered pages answer at once; a page rendered on request only once the app has started.
		`http://127.0.0.1:${port}/teach`
	);
}

/** The yardstick: a bare Node HTTP server answering a short HTML page, in its own process like the app. */
export function startBare(port: number): Promise<Running> {
	const code = `require('node:http').createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end('<!doctype html><title>bare</title><p>bare node</p>');
	}).listen(${port}, '127.0.0.1');`;
	return startServer(['-e', code], {}, `http://127.0.0.1:${port}/`);
}

/** Bare Node sending fixed bytes (a recorded answer's headers and body): the ceiling for those bytes. */
export function startReplay(
	port: number,
	answer: { headers: Record<string, string>; body: Buffer }
): Promise<Running> {
	const code = `const headers = JSON.parse(process.env.REPLAY_HEADERS);
	const body = Buffer.from(process.env.REPLAY_BODY, 'base64');
	require('node:http').createServer((req, res) => {
		res.writeHead(200, headers);
		res.end(body);
	}).listen(${port}, '127.0.0.1');`;
	const env = {
		REPLAY_HEADERS: JSON.stringify(answer.headers),
		REPLAY_BODY: answer.body.toString('base64')
	};
	return startServer(['-e', code], env, `http://127.0.0.1:${port}/`);
}
