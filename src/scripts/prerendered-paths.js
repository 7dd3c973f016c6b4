/** The paths adapter-node serves from files (prerendered pages, static assets): they answer GET and HEAD only. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** @param {string} dir the build's `prerendered` or `client` directory */
export function prerenderedPaths(dir) {
	/** @type {Set<string>} */
	const paths = new Set();
	/** @type {import('node:fs').Dirent[]} */
	let entries;
	try {
		entries = readdirSync(dir, { recursive: true, withFileTypes: true });
	} catch {
		return paths;
	}
	for (const entry of entries) {
		if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue;
		const file = relative(dir, join(entry.parentPath ?? entry.path, entry.name))
			.split(sep)
			.join('/');
		const path = '/' + file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
		paths.add(path);
		// The same page asked for with a trailing slash.
		if (path !== '/' && file.endsWith('.html')) paths.add(path + '/');
	}
	return paths;
}
