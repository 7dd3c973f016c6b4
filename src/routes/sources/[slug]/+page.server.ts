import { error } from '@sveltejs/kit';
import { getBank } from '$lib/server/bank';
import { readerArticle } from '$lib/server/reader';
import { articles } from '$lib/server/seeds';

export function entries() {
	return articles.map((article) => ({ slug: article.slug }));
}

export function load({ params }) {
	const article = articles.find((a) => a.slug === params.slug);
	if (!article) error(404, { message: `There is no source article “${params.slug}”.` });
	const { text: _text, ...meta } = article;
	const reader = readerArticle(getBank(), params.slug);
	if (!reader) error(404, { message: `The evidence bank has no article “${params.slug}”.` });
	return { article: meta, ...reader };
}
