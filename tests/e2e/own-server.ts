/** A second production server (from the build the test run made) with settings of a test's own, and raw HTTP. */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { expect } from './fixtures';

export interface OwnServer {
	base: string;
	port: number;
	child: ChildProcess;
	output: () => string;
	/** Resolves with the exit code once the process has ended. */
	exited: Promise<number | null>;
	stop: () => void;
}

export async function startOwnServer(env: Record<string, string> = {}): Promise<OwnServer> {
	const child = spawn(process.execPath, ['src/scripts/serve.js', '--local'], {
		cwd: new URL('../..', import.meta.url).pathname,
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', QUIET_LOG: '0', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	const running = /running at http:\/\/localhost:(\d+)/;
	// Start-up builds the bank and warms the card workers: slow on a busy machine.
	await expect.poll(() => running.exec(output)?.[1], { timeout: 90_000 }).toBeTruthy();
	const port = Number(running.exec(output)![1]);
	return {
		base: `http://127.0.0.1:${port}`,
		port,
		child,
		output: () => output,
		exited,
		stop: () => {
			if (child.exitCode === null) child.kill('SIGKILL');
		}
	};
}

export interface RawResponse {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

/** One request with any method, path spelling and headers (fetch normalises paths and forbids Host). */
export function rawRequest(
	base: string,
	path: string,
	options: {
		method?: string;
		headers?: Record<string, string>;
		body?: string | Buffer;
		agent?: http.Agent;
	} = {}
): Promise<RawResponse> {
	const url = new URL(base);
	return new Promise((resolve, reject) => {
		const req = http.request(
			{
				host: url.hostname,
				port: url.port,
				path,
				method: options.method ?? 'GET',
				headers: options.headers,
				agent: options.agent ?? false
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks)
					})
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(options.body);
	});
}
