import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

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
		alias: { $content: 'content', $seeds: 'seeds' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
