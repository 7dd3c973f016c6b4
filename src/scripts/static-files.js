/** Prerendered pages and static assets, answered on serve.js's main thread with adapter-node's own settings. */
import sirv from 'sirv';
import { prerenderedPaths } from './prerendered-paths.js';

/** @typedef {import('node:http').IncomingMessage} Req @typedef {import('node:http').ServerResponse} Res */

/**
 * The files adapter-node would serve for these paths, served the same way (sirv, precompressed
 * brotli and gzip, ETags, a year for `/_app/immutable/`). A path that is not exactly one of them
 * (a trailing slash, a page rendered on request) is left to `next`, i.e. to the app.
 * @param {string} buildDir
 */
export function staticFiles(buildDir) {
	const options = { etag: true, gzip: true, brotli: true };
	const client = sirv(`${buildDir}/client`, {
		...options,
		setHeaders: (res, pathname) => {
			if (pathname.startsWith('/_app/immutable/') && res.statusCode === 200) {
				res.setHeader('cache-control', 'public,max-age=31536000,immutable');
			}
		}
	});
	const prerendered = sirv(`${buildDir}/prerendered`, options);
	// adapter-node redirects `/about/` to `/about`: those spellings go to the app, which does that.
	const pages = new Set(
		[...prerenderedPaths(`${buildDir}/prerendered`)].filter((p) => p === '/' || !p.endsWith('/'))
	);
	const clientPaths = prerenderedPaths(`${buildDir}/client`);
	return {
		/** Whether `path` (canonical, without query) is answered from a file. */
		has: (/** @type {string} */ path) => clientPaths.has(path) || pages.has(path),
		/** @param {Req} req @param {Res} res @param {string} path @param {() => void} next */
		serve(req, res, path, next) {
			if (clientPaths.has(path)) client(req, res, next);
			else if (pages.has(path)) prerendered(req, res, next);
			else next();
		}
	};
}
