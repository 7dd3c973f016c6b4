import { error } from '@sveltejs/kit';
import { articles } from '$lib/server/seeds';

export function entries() {
	return articles.map((article) => ({ slug: article.slug }));
}

export function load({ params }) {
	const article = articles.find((a) => a.slug === params.slug);
	if (!article) error(404, { message: `There is no source article “${params.slug}”.` });
	const { text, ...meta } = article;
	// Paragraphs are the non-empty lines, numbered from 1 as everywhere else in the app.
	const paragraphs = text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
	return { article: meta, paragraphs };
}
