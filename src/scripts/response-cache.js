/** Answers repeat requests for results pages and cards from memory, in front of SvelteKit: each is a pure function of its URL. */
import { brotliCompress, constants, gzip } from 'node:zlib';
import { copyBody } from './response-copy.js';

// Only real tokens (base64url, a dot, a checksum): anything percent-encoded, dotted or odd goes to SvelteKit.
const CACHEABLE_PATH = /^\/results\/(?!\.\.?(?:\/|$))[\w.~-]+(\/card\.png)?$/;
// Headers that belong to one exchange, not to the page: Node writes its own, and each variant its length.
const NOT_KEPT = new Set([
	'date',
	'connection',
	'keep-alive',
	'transfer-encoding',
	'content-length'
]);
// Headers in which the app says whether it made this response for this request: on a replay it did not.
const MADE_FOR_REQUEST = ['x-page-cache', 'x-card-cache'];
// Kept on a 304, as SvelteKit does (RFC 9110, section 15.4.5).
const ON_NOT_MODIFIED = ['cache-control', 'content-location', 'expires', 'vary'];
// Brotli at 5 takes 1 ms for a 60 KB results page; at 11, 50 ms for 11 % fewer bytes: only worth it for
// a page many people open, so that comes later.
const [QUICK, BEST, POPULAR] = [5, 11, 20];

/**
 * @typedef {{ body: Buffer, head: string[], etag: string | undefined }} Variant
 * @typedef {{ status: number, headers: [string, string][], etag: string | undefined, html: boolean,
 *   bytes: number, variants: Partial<Record<'identity' | 'br' | 'gzip', Variant>>, hits: number }} Entry
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/** Which compressed variant an Accept-Encoding header allows, best first; q=0 refuses one. */
export function pickEncoding(/** @type {string | undefined} */ accept) {
	if (!accept) return 'identity';
	const allowed = new Set();
	for (const part of accept.toLowerCase().split(',')) {
		const [name = '', ...params] = part.split(';').map((s) => s.trim());
		if (!params.some((p) => /^q=0(\.0*)?$/.test(p))) allowed.add(name);
	}
	return allowed.has('br') ? 'br' : allowed.has('gzip') ? 'gzip' : 'identity';
}

/** Whether an If-None-Match header names this page in any encoding: weak comparison, as for GET. */
function matches(/** @type {string | undefined} */ header, /** @type {string} */ etag) {
	if (!header) return false;
	return header.split(',').some((raw) => {
		const tag = raw.trim().replace(/^W\//, '');
		return (
			tag === '*' ||
			tag === etag ||
			tag === etag.replace(/"$/, '-br"') ||
			tag === etag.replace(/"$/, '-gzip"')
		);
	});
}

/**
 * @param {{ maxEntries?: number, maxBytes?: number, maxEntryBytes?: number, keyHeaders?: string[] }} [options]
 * keyHeaders: the request headers the page's origin comes from (pages hold absolute URLs).
 */
export function createResponseCache(options = {}) {
	const { maxEntries = 500, maxBytes = 32 << 20, maxEntryBytes = 1 << 20 } = options;
	const keyHeaders = (options.keyHeaders ?? ['host']).map((h) => h.toLowerCase());
	/** @type {Map<string, Entry>} */
	const entries = new Map();
	let bytes = 0;

	function evict() {
		for (const [key, entry] of entries) {
			if (entries.size <= maxEntries && bytes <= maxBytes) break;
			entries.delete(key);
			bytes -= entry.bytes;
		}
	}

	/** @param {Entry} entry @param {'identity' | 'br' | 'gzip'} encoding @param {Buffer} body */
	function addVariant(entry, encoding, body) {
		const old = entry.variants[encoding]?.body.byteLength ?? 0;
		entry.bytes -= old;
		bytes -= old;
		// One strong ETag per encoding (RFC 9110, section 8.8.3); all of them name the same page.
		const { etag } = entry;
		const tagged = etag && encoding !== 'identity' ? etag.replace(/"$/, `-${encoding}"`) : etag;
		const head = entry.headers.flatMap(([n, v]) => (n === 'etag' && tagged ? [n, tagged] : [n, v]));
		if (encoding !== 'identity') head.push('content-encoding', encoding);
		head.push('content-length', String(body.byteLength));
		entry.variants[encoding] = { body, head, etag: tagged };
		entry.bytes += body.byteLength;
		bytes += body.byteLength;
	}

	/** Compresses a page off the main thread; a smaller result replaces the variant it improves on. */
	function compress(/** @type {string} */ key, /** @type {Entry} */ entry, quality = QUICK) {
		const body = /** @type {Variant} */ (entry.variants.identity).body;
		/** @param {'br' | 'gzip'} encoding */
		const done = (encoding) => (/** @type {Error | null} */ error, /** @type {Buffer} */ out) => {
			const best = entry.variants[encoding]?.body ?? body;
			if (error || out.byteLength >= best.byteLength || entries.get(key) !== entry) return;
			addVariant(entry, encoding, out);
			evict();
		};
		const params = { [constants.BROTLI_PARAM_QUALITY]: quality };
		brotliCompress(body, { params }, done('br'));
		if (quality === QUICK) gzip(body, { level: 6 }, done('gzip'));
	}

	/** Keeps a finished response if it is safe to give to anyone else who asks for the same URL. */
	function store(/** @type {string} */ key, /** @type {Res} */ res, /** @type {Buffer} */ body) {
		const type = String(res.getHeader('content-type') ?? '');
		const control = String(res.getHeader('cache-control') ?? '');
		const vary = res.getHeader('vary');
		const safe =
			[200, 400].includes(res.statusCode) &&
			/^(text\/html|image\/png)\b/.test(type) &&
			!res.hasHeader('set-cookie') &&
			!res.hasHeader('content-encoding') &&
			!/no-store|private/.test(control) &&
			(vary === undefined || /^accept-encoding$/i.test(String(vary)));
		if (!safe) return;
		/** @type {[string, string][]} */
		const headers = [];
		for (const [name, value] of Object.entries(res.getHeaders())) {
			if (NOT_KEPT.has(name) || value === undefined) continue;
			headers.push([name, MADE_FOR_REQUEST.includes(name) ? 'hit' : String(value)]);
		}
		const size = headers.reduce((n, [a, b]) => n + a.length + b.length, 0);
		const html = type.startsWith('text/html');
		const etag = headers.find(([name]) => name === 'etag')?.[1];
		/** @type {Entry} */
		const entry = {
			status: res.statusCode,
			headers,
			etag,
			html,
			bytes: size,
			variants: {},
			hits: 0
		};
		bytes += size;
		const old = entries.get(key);
		if (old) bytes -= old.bytes;
		entries.delete(key);
		entries.set(key, entry);
		addVariant(entry, 'identity', body);
		evict();
	}

	/** Answers from memory, or lets `render` answer and keeps a copy. */
	function handle(
		/** @type {Req} */ req,
		/** @type {Res} */ res,
		/** @type {() => void} */ render
	) {
		const path = req.url ?? '';
		const match = (req.method === 'GET' || req.method === 'HEAD') && CACHEABLE_PATH.exec(path);
		// A cookie or credentials could change the page one day; such requests always reach the app.
		if (!match || req.headers.cookie || req.headers.authorization) return render();
		const key = JSON.stringify([...keyHeaders.map((h) => req.headers[h] ?? ''), path]);
		const entry = entries.get(key);
		if (!entry) {
			// A page may later be sent compressed, so say from the first answer that the encoding varies.
			if (!match[1]) res.setHeader('Vary', 'Accept-Encoding');
			if (req.method === 'GET') copyBody(res, maxEntryBytes, (body) => store(key, res, body));
			return render();
		}
		entries.delete(key);
		entries.set(key, entry);
		const encoding = entry.html ? pickEncoding(req.headers['accept-encoding']) : 'identity';
		const variant = entry.variants[encoding] ?? /** @type {Variant} */ (entry.variants.identity);
		// Most links are opened once: a page is compressed when asked for again, and better when popular.
		if (entry.html && ++entry.hits === 1) compress(key, entry, QUICK);
		else if (entry.html && entry.hits === POPULAR) compress(key, entry, BEST);
		if (entry.status === 200 && entry.etag && matches(req.headers['if-none-match'], entry.etag)) {
			const kept = entry.headers.filter(([n]) => ON_NOT_MODIFIED.includes(n)).flat();
			res.writeHead(304, ['etag', variant.etag ?? entry.etag, ...kept]).end();
			return;
		}
		res.writeHead(entry.status, variant.head);
		res.end(req.method === 'HEAD' ? undefined : variant.body);
	}

	return {
		handle,
		get size() {
			return entries.size;
		},
		get bytes() {
			return bytes;
		}
	};
}
