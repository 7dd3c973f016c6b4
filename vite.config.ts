import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['content', 'seeds'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node',
		// Generous limits so a slow, busy machine (two cores shared by many jobs) cannot fail a test by
		// time alone; property tests fix their run counts and seed (src/lib/testing/runs.ts) instead.
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
