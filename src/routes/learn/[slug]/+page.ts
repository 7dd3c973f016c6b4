import { loadDocument } from '$lib/content/documents';
import ExplainerDocument from './ExplainerDocument.svelte';

export async function load({ data }) {
	const content = await loadDocument(data.explainer.file);
	// On the server the document is drawn here, as HTML that the page's own hydration skips: the
	// browser hydrates it as a root of its own, a frame later (+page.svelte), so neither is one long task.
	// In the browser a blank, not an empty string: Svelte then hydrates {@html} by claiming whatever the
	// server drew there, where an empty value would make it expect nothing and redraw the whole page.
	// import.meta.env.SSR, not `browser`: Vite folds it before bundling, so the client build holds no
	// svelte/server chunk, whose share of devalue would otherwise be split out and loaded on every page.
	let html = ' ';
	if (import.meta.env.SSR) {
		const { render } = await import('svelte/server');
		const props = { content, evidence: data.evidence };
		html = render(ExplainerDocument, { props }).body;
	}
	return { ...data, content, html };
}
