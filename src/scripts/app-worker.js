// Runs in a worker thread of serve.js: SvelteKit's handler (adapter-node) on a private Unix socket.
// Every page rendered on request, form action and card request is answered here, so however long
// they take, the main thread stays free to answer prerendered pages and static files at once.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { yieldCpuToMainThread } from './thread-priority.js';

/** @type {{ handlerFile: string, socketPath: string }} */
const { handlerFile, socketPath } = workerData;
// Rendering waits a moment when the main thread needs the CPU to answer a plain page.
yieldCpuToMainThread(5);
const { handler } = await import(handlerFile);

const server = http.createServer((req, res) =>
	handler(req, res, () => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	})
);
// The main thread keeps its connections to this socket open between requests; limits on clients
// (timeouts, connection cap) are the main thread's.
server.keepAliveTimeout = 0;
server.headersTimeout = 0;
server.requestTimeout = 0;
server.listen(socketPath, () => parentPort?.postMessage('ready'));
