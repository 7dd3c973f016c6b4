/** Test helpers: the hand-written lab articles in tests/lab/articles and their hand-written expectations. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { HtmlParser } from '../../src/lib/lab/read';

export const ARTICLES_DIR = join(process.cwd(), 'tests/lab/articles');

/** linkedom's document stands in for the browser's DOMParser. */
export const parseHtml: HtmlParser = (html) => parseHTML(html).document as unknown as Document;

export interface Expected {
	empty?: boolean;
	meta?: { title?: string; outlet?: string; date?: string };
	notInText?: string[];
	quotes: { text: string; speaker: string }[];
	figures: { text: string; claimant: string | null }[];
}

export interface Fixture {
	name: string;
	file: string;
	raw: string;
	expected: Expected;
}

export function fixtures(): Fixture[] {
	return readdirSync(ARTICLES_DIR)
		.filter((f) => /\.(txt|html)$/.test(f))
		.sort()
		.map((file) => {
			const name = file.replace(/\.\w+$/, '');
			const expected = JSON.parse(
				readFileSync(join(ARTICLES_DIR, `${name}.expected.json`), 'utf8')
			) as Expected;
			return { name, file, raw: readFileSync(join(ARTICLES_DIR, file), 'utf8'), expected };
		});
}

/** Lower-case words, curly quotes straightened: how two wordings are compared. */
export const words = (s: string): string =>
	s
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.filter(Boolean)
		.join(' ');

/** One wording holds the other (an extracted quote may be cut at a paragraph, or keep its comma). */
export const overlaps = (a: string, b: string): boolean => {
	const [x, y] = [words(a), words(b)];
	return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};
