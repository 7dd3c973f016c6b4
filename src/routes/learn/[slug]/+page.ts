import { browser } from '$app/environment';
import { loadDocument } from '$lib/content/documents';
import ExplainerDocument from './ExplainerDocument.svelte';

export async function load({ data }) {
	const content = await loadDocument(data.explainer.file);
	// On the server the document is drawn here, as HTML that the page's own hydration skips: the
	// browser hydrates it as a root of its own, a frame later (+page.svelte), so neither is one long task.
	// In the browser a blank, not an empty string: Svelte then hydrates {@html} by claiming whatever the
	// server drew there, where an empty value would make it expect nothing and redraw the whole page.
	let html = ' ';
	if (!browser) {
		const { render } = await import('svelte/server');
		const props = { content, evidence: data.evidence };
		html = render(ExplainerDocument, { props }).body;
	}
	return { ...data, content, html };
}
