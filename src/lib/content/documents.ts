/** Loads the compiled mdsvex component for a content file the server index has already validated. */
import type { Component } from 'svelte';

const loaders = import.meta.glob<{ default: Component }>('/content/**/*.md');

export async function loadDocument(file: string): Promise<Component> {
	const load = loaders[`/${file}`];
	if (!load) throw new Error(`No content document at ${file}`);
	return (await load()).default;
}
