/** The one module that reads `seeds/`: article texts and their validated metadata, bundled at build time. */
import { loadArticles, type Article } from './articles';

const texts = import.meta.glob('/seeds/*.txt', { query: '?raw', import: 'default', eager: true });
const metadata = import.meta.glob('/seeds/articles.json', { import: 'default', eager: true });

function byFileName(modules: Record<string, unknown>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [path, text] of Object.entries(modules))
		out[path.slice('/seeds/'.length)] = String(text);
	return out;
}

/** Every seed article, validated once when the server starts or the build prerenders. */
export const articles: Article[] = loadArticles(
	byFileName(texts),
	metadata['/seeds/articles.json']
);

/** Article metadata without the texts, for pages that only list sources. */
export const articleList = articles.map(({ text: _text, ...meta }) => meta);
