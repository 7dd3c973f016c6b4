/** Request paths as the server sees them: one canonical spelling per page, and a form safe to log. */

const UNRESERVED = /%(2[DdEe]|3[0-9]|[46][1-9A-Fa-f]|[57][0-9Aa]|5[Ff]|7[Ee])/g;

/**
 * The canonical spelling of a path (RFC 3986, 6.2.2): unreserved characters percent-decoded, hex
 * in upper case, dot segments removed. `/%72esults/x`, `/./results/x` and `/quiz/../results/x`
 * all become `/results/x`. Everything else (query included) is kept as sent.
 * @param {string} url the request target, e.g. `/results/abc?x=1`
 */
export function canonicalPath(url) {
	const query = url.indexOf('?');
	const path = query < 0 ? url : url.slice(0, query);
	const decoded = path
		.replace(/%[0-9a-fA-F]{2}/g, (escape) => escape.toUpperCase())
		.replace(UNRESERVED, (escape) => String.fromCharCode(parseInt(escape.slice(1), 16)));
	const segments = [];
	for (const segment of decoded.split('/').slice(1)) {
		if (segment === '.') continue;
		if (segment === '..') segments.pop();
		else segments.push(segment);
	}
	const last = decoded.split('/').at(-1);
	// A trailing `.` or `..` leaves a directory: keep the slash it stood for.
	if (last === '.' || last === '..') segments.push('');
	return '/' + segments.join('/');
}

/**
 * The path to log: no query string and no results token (a token holds answers and a name), in any
 * spelling of the path.
 * @param {string} url
 */
export function loggablePath(url = '/') {
	let path = canonicalPath(url.startsWith('/') ? url : '/');
	path = path.replace(/^\/results\/[^/]+/, '/results/[token]');
	// Whatever is left that could hold a token after percent-decoding is cut too.
	return /results/i.test(decodeSafely(path).replace('/results/[token]', '')) ? '/[redacted]' : path;
}

/** @param {string} text */
function decodeSafely(text) {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
