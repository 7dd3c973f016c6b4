/** A graceful stop: accept nothing new, let requests in flight finish, then exit, within a bounded time. */

/**
 * @param {import('node:http').Server} server
 * @param {number} graceMs after this, stalled clients are cut off and the process exits anyway
 */
export function stopGracefully(server, graceMs) {
	console.log(`Stopping: finishing requests in flight (at most ${graceMs / 1000} s).`);
	server.close(() => process.exit(0));
	// Keep-alive sockets with no request in flight would otherwise hold the server open.
	server.closeIdleConnections();
	// A socket that finishes its last response becomes idle: close it then rather than at its timeout.
	const sweep = setInterval(() => server.closeIdleConnections(), 100);
	sweep.unref();
	setTimeout(() => {
		console.log('Stopping: cutting off clients that did not finish in time.');
		server.closeAllConnections();
		process.exit(0);
	}, graceMs).unref();
}
