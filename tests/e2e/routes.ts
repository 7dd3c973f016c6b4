/** The routes the security tests visit: one of every kind the app serves. */
import { readdirSync, readFileSync } from 'node:fs';

export interface Route {
	name: string;
	path: string;
	status?: number;
	noindex?: boolean;
	type?: string;
}

const firstExplainer = readdirSync(new URL('../../content/explainers', import.meta.url))
	.filter((f) => f.endsWith('.md'))
	.sort()[0]!
	.replace(/\.md$/, '');

const seedFiles = Object.keys(
	JSON.parse(readFileSync(new URL('../../seeds/articles.json', import.meta.url), 'utf8'))
);
const firstSource = seedFiles[0]!.replace(/\.txt$/, '');

/** How many source articles the site serves (five as shipped; more once a teacher adds one). */
export const sourceCount = seedFiles.length;

export function htmlRoutes(): Route[] {
	return [
		{ name: 'home', path: '/' },
		{ name: 'about (mdsvex)', path: '/about' },
		{ name: 'learn', path: '/learn' },
		// An explainer carries an inline head script of ours, allowed by its hash.
		{ name: 'an explainer', path: `/learn/${firstExplainer}` },
		{ name: 'quiz list', path: '/quiz' },
		{ name: 'sources', path: '/sources' },
		{ name: 'a source', path: `/sources/${firstSource}` },
		{ name: 'teach', path: '/teach' },
		{ name: 'class report', path: '/teach/report' },

		{ name: 'not found', path: '/no-such-page', status: 404 }
	];
}

export function otherRoutes(): Route[] {
	return [
		{ name: 'bank JSON', path: '/api/bank.json', type: 'application/json' },
		{ name: 'quiz modules JSON', path: '/api/quiz.json', type: 'application/json' },
		{ name: 'a static file', path: '/favicon.svg', type: 'image/svg+xml' }
	];
}
