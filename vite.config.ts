import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { lucideStatic } from './src/scripts/vite/lucide-static';

/**
 * How the estimate control shows a number (with the slider's start), and how it reads a typed one
 * (shared with the lazily loaded offline round and the lab's player): two chunks, not four. The reader
 * loads only when a student is about to type. Not answer.ts, which only those two use.
 */
const ESTIMATE_DISPLAY =
	/src[\\/](lib[\\/]quiz[\\/]plain-number|routes[\\/]quiz[\\/]\[module\][\\/]slider)\.ts$/;
const ESTIMATE_READER = /src[\\/]lib[\\/]quiz[\\/](estimate|number-words)\.ts$/;

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [lucideStatic(), sveltekit()],
	server: { fs: { allow: ['content', 'seeds'] } },
	build: isSsrBuild
		? {}
		: {
				// A lazily loaded module's stylesheets still load with it; its scripts load through its own
				// imports. Listing them too, for preloading, put every route's chunk list in the entry
				// script every page loads (and each lazy import's list in its chunk).
				modulePreload: {
					resolveDependencies: (_file: string, deps: string[]) =>
						deps.filter((dep) => dep.endsWith('.css'))
				},
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [
								{ name: 'estimate-display', test: ESTIMATE_DISPLAY },
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
