import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { createHash } from 'node:crypto';
import { HEAD_SCRIPT } from './src/lib/scrolly/head-script.js';

/** The CSP source that allows one inline script of ours, by its SHA-256 hash. */
const hashOf = (/** @type {string} */ script) =>
	`sha256-${createHash('sha256').update(script).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	compilerOptions: {
		// Runes everywhere except mdsvex documents: mdsvex layouts still compile in legacy mode.
		runes: ({ filename }) => (/\.(md|svx)$/.test(filename) ? undefined : true)
	},
	kit: {
		adapter: adapter({ precompress: true }),
		// Absolute asset paths: the service worker answers any URL with the prerendered /offline page
		// when offline, and relative paths in it would then point below that URL.
		paths: { relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Scripts only from this origin plus SvelteKit's own inline bootstrap, allowed by its SHA-256
		// hash. Hashes rather than per-request nonces on server-rendered pages too: the policy is then
		// as strict, and a results page becomes a pure function of its URL that the server can cache
		// (src/lib/server/page-cache.ts). Styles allow 'unsafe-inline': Svelte and mdsvex emit style
		// attributes (and app.html has one), which no hash or nonce can cover, and a style cannot run
		// code. frame-ancestors only works as a header: serve.js adds it to static files.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// Plus the explainers' reading-mode script (src/lib/scrolly/head-script.js), by its hash.
				'script-src': ['self', hashOf(HEAD_SCRIPT)],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
