/** Copies the body an app writes to a Node response, without changing what goes to the client. */

/**
 * Calls `done` with the whole body once the response has gone out; not if it was larger than `maxBytes`
 * (dropped as soon as it is, so memory stays bounded) or never finished (the client went away).
 * @param {import('node:http').ServerResponse} res
 * @param {number} maxBytes
 * @param {(body: Buffer) => void} done
 */
export function copyBody(res, maxBytes, done) {
	/** @type {Buffer[] | null} */
	let chunks = [];
	let size = 0;
	const { write, end } = res;
	/** @param {unknown} chunk @param {unknown} encoding */
	const keep = (chunk, encoding) => {
		if (!chunks) return;
		if (typeof chunk === 'string') {
			chunk = Buffer.from(
				chunk,
				/** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8')
			);
		}
		if (!(chunk instanceof Uint8Array)) return;
		size += chunk.byteLength;
		if (size > maxBytes) chunks = null;
		else chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
	};
	res.write = /** @type {typeof res.write} */ (
		function (/** @type {unknown[]} */ ...args) {
			keep(args[0], args[1]);
			return write.apply(res, /** @type {Parameters<typeof res.write>} */ (args));
		}
	);
	res.end = /** @type {typeof res.end} */ (
		function (/** @type {unknown[]} */ ...args) {
			if (typeof args[0] !== 'function') keep(args[0], args[1]);
			[res.write, res.end] = [write, end];
			return end.apply(res, /** @type {Parameters<typeof res.end>} */ (args));
		}
	);
	res.once('finish', () => chunks && done(Buffer.concat(chunks)));
}
