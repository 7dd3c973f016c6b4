/** JSON ⇄ deflate-raw ⇄ base64url, with the Compression Streams API the browser and Node 20 share. */

/** Decompressed size past which a link is refused: no real quiz is near it, a zip bomb is. */
export const MAX_JSON_BYTES = 2_000_000;

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			throw new RangeError('too large');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
	const source = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
	return source.pipeThrough(transform as TransformStream<Uint8Array, Uint8Array>);
}

export async function deflate(text: string): Promise<Uint8Array> {
	return collect(
		through(new TextEncoder().encode(text), new CompressionStream('deflate-raw')),
		Infinity
	);
}

/** Inflates at most `limit` bytes; throws on a damaged stream or one that grows past the limit. */
export async function inflate(bytes: Uint8Array, limit = MAX_JSON_BYTES): Promise<string> {
	const out = await collect(through(bytes, new DecompressionStream('deflate-raw')), limit);
	return new TextDecoder('utf-8', { fatal: true }).decode(out);
}

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
