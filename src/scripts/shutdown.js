/** A graceful stop: accept nothing new, let requests in flight finish, then exit, within a bounded time. */
import net from 'node:net';

/** How long the server must have been idle, with no new connection, before it stops listening. */
const QUIET_MS = 200;

/**
 * @typedef {{ served: number, active: boolean }} SocketState
 * @typedef {{ stopping: boolean, accepted: number,
 *   sockets: Map<import('node:net').Socket, SocketState> }} Connections
 */

/**
 * Follows every connection: whether a request is being answered on it and how many were.
 * @param {import('node:http').Server} server
 * @returns {Connections}
 */
export function trackConnections(server) {
	/** @type {Connections} */
	const connections = { stopping: false, accepted: 0, sockets: new Map() };
	server.on('connection', (socket) => {
		connections.accepted += 1;
		connections.sockets.set(socket, { served: 0, active: false });
		socket.on('close', () => connections.sockets.delete(socket));
	});
	server.on('request', (req, res) => {
		const state = connections.sockets.get(req.socket);
		if (!state) return;
		state.active = true;
		res.on('finish', () => {
			state.active = false;
			state.served += 1;
			// Its answer may have been sent before the stop began, without `Connection: close`.
			if (connections.stopping) setImmediate(() => !state.active && req.socket.end());
		});
	});
	return connections;
}

/**
 * @param {import('node:http').Server} server
 * @param {Connections} connections
 * @param {number} graceMs after this, stalled clients are cut off and the process exits anyway
 */
export function stopGracefully(server, connections, graceMs) {
	connections.stopping = true;
	console.log(`Stopping: finishing requests in flight (at most ${graceMs / 1000} s).`);
	// Stop listening only once every request is answered and no connection arrived for a moment:
	// connections the kernel already took for us may wait in its queue while the server is busy, and
	// closing the listener would reset them. They are answered, with `Connection: close`, meanwhile.
	// net's close, not http's: http's also closes every connection it thinks idle, including ones
	// whose request waits, unread, in the socket's buffer.
	let seen = -1;
	const closeWhenQuiet = () => {
		const busy = [...connections.sockets.values()].some((state) => state.active);
		if (busy || connections.accepted !== seen) {
			seen = connections.accepted;
			setTimeout(closeWhenQuiet, QUIET_MS);
			return;
		}
		net.Server.prototype.close.call(server, () => process.exit(0));
		// Keep-alive sockets between requests would otherwise hold the server open until their timeout.
		for (const [socket, state] of connections.sockets) {
			if (state.served > 0 && !state.active) socket.end();
		}
	};
	closeWhenQuiet();
	setTimeout(() => {
		console.log('Stopping: cutting off clients that did not finish in time.');
		server.closeAllConnections();
		process.exit(0);
	}, graceMs).unref();
}
