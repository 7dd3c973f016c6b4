import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { lucideStatic } from './src/scripts/vite/lucide-static';

/**
 * The client runtime every page loads: Svelte's and Kit's client code and what they import (devalue,
 * clsx). Kept in one chunk rather than Rolldown's two or three, which saves a few hundred bytes of
 * gzip on every page; Kit's `$app/forms` and `$app/navigation` stay with the pages that use them.
 */
const CLIENT_RUNTIME =
	/node_modules[\\/](svelte[\\/]src|@sveltejs[\\/]kit[\\/]src[\\/](runtime[\\/](client|app[\\/](state|env|paths)|utils|shared|pathname|telemetry)|utils|exports)|devalue|clsx)[\\/]/;

/** How the quiz page reads an estimate (shared with its lazily loaded offline round): one chunk, not three. */
const ESTIMATE_READER =
	/src[\\/](lib[\\/]quiz[\\/](estimate|number-words|plain-number)|routes[\\/]quiz[\\/]\[module\][\\/]answer)\.ts$/;

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [lucideStatic(), sveltekit()],
	server: { fs: { allow: ['content', 'seeds'] } },
	build: isSsrBuild
		? {}
		: {
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [
								{ name: 'runtime', test: CLIENT_RUNTIME },
								{ name: 'estimate', test: ESTIMATE_READER }
							]
						}
					}
				}
			},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node',
		// Generous limits so a slow, busy machine (two cores shared by many jobs) cannot fail a test by
		// time alone; property tests fix their run counts and seed (src/lib/testing/runs.ts) instead.
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
}));
