import { loadDocument } from '$lib/content/documents';

export async function load({ data }) {
	return { ...data, content: await loadDocument(data.explainer.file) };
}
