/** Reading what a teacher pasted or opened: plain text as is, a web page cleaned to its article body. */
import { Readability } from '@mozilla/readability';
import { dateIn, metaFromText } from './meta';
import type { LabArticle } from './types';

export type HtmlParser = (html: string) => Document;

const browserParser: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

/** Elements whose text is one paragraph of the article. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, figcaption, td';

const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Whether a string looks like HTML rather than text that mentions a tag. */
export function looksLikeHtml(s: string): boolean {
	return /<(?:!doctype|html|body|article|p|div|h1)\b/i.test(s.slice(0, 5000));
}

function metaContent(doc: Document, names: string[]): string {
	for (const name of names) {
		const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
		const value = el?.getAttribute('content')?.trim();
		if (value) return value;
	}
	return '';
}

/** Publisher and date from JSON-LD (`NewsArticle`), which many news pages carry. */
function jsonLd(doc: Document): { outlet: string; date: string } {
	for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
		try {
			const data: unknown = JSON.parse(script.textContent ?? '');
			for (const node of Array.isArray(data) ? data : [data]) {
				if (!node || typeof node !== 'object') continue;
				const n = node as { publisher?: { name?: unknown }; datePublished?: unknown };
				const outlet = typeof n.publisher?.name === 'string' ? n.publisher.name : '';
				const date = typeof n.datePublished === 'string' ? dateIn(n.datePublished) : '';
				if (outlet || date) return { outlet, date };
			}
		} catch {
			// A broken JSON-LD block says nothing; the meta tags may.
		}
	}
	return { outlet: '', date: '' };
}

/** The article body's paragraphs, one per line with a blank line between. */
function paragraphsOf(content: Document): string {
	const out: string[] = [];
	for (const el of Array.from(content.querySelectorAll(BLOCKS))) {
		// A block holding other blocks is read through them.
		if (el.querySelector(BLOCKS)) continue;
		const text = squash(el.textContent ?? '');
		if (text) out.push(text);
	}
	return out.length ? out.join('\n\n') : squash(content.body?.textContent ?? '');
}

function readHtml(html: string, parse: HtmlParser): LabArticle {
	const doc = parse(html);
	const head = {
		title: metaContent(doc, ['og:title', 'twitter:title']) || squash(doc.title ?? ''),
		outlet: metaContent(doc, ['og:site_name', 'application-name']),
		date: dateIn(
			metaContent(doc, ['article:published_time', 'date', 'pubdate', 'dc.date']) ||
				(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '')
		)
	};
	const ld = jsonLd(doc);
	const parsed = new Readability(doc).parse();
	// Readability mutates the page, so a page it finds no article in is parsed afresh.
	const body = parsed?.content
		? paragraphsOf(parse(`<!doctype html><html><body>${parsed.content}</body></html>`))
		: paragraphsOf(parse(html));
	const title = squash(parsed?.title ?? '') || head.title;
	const fromText = metaFromText(body);
	return {
		title,
		outlet: head.outlet || ld.outlet || squash(parsed?.siteName ?? '') || fromText.outlet,
		date: head.date || ld.date || dateIn(parsed?.publishedTime ?? '') || fromText.date,
		// The headline heads the text, as in the seeds, unless the body already starts with it.
		text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body
	};
}

/**
 * An article from pasted text, pasted rich text (HTML) or an opened file. Metadata the article does
 * not give is left empty for the teacher to fill in.
 */
export function readArticle(
	input: { text?: string; html?: string; fileName?: string },
	parseHtml: HtmlParser = browserParser
): LabArticle {
	const isHtmlFile = /\.x?html?$/i.test(input.fileName ?? '');
	const html =
		input.html ?? (isHtmlFile || looksLikeHtml(input.text ?? '') ? input.text : undefined);
	if (html !== undefined && html.trim()) return readHtml(html, parseHtml);
	const text = (input.text ?? '').replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
	return { ...metaFromText(text), text };
}
