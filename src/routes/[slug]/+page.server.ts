import { error } from '@sveltejs/kit';
import { findPage, pages } from '$lib/server/content';

export function entries() {
	return pages.map((page) => ({ slug: page.slug }));
}

export function load({ params }) {
	const page = findPage(params.slug);
	if (!page) error(404, { message: `There is no page called “${params.slug}”.` });
	return { page };
}
