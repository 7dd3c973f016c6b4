import { loadDocument } from '$lib/content/documents';

export async function load({ data }) {
	// The module's intro is shown only before the first answer.
	const intro = data.answered === 0 && !data.feedback ? await loadDocument(data.module.file) : null;
	return { ...data, intro };
}
