/** The one module that owns `content/`: it globs every document, validates its frontmatter and indexes it. */
import type { QuizModule } from '$lib/quiz/types';
import { ContentError } from './content-error';
import * as fm from './frontmatter';
import { readQuizModule } from './quiz-modules';
import { articleList } from './seeds';

const documents = import.meta.glob('/content/**/*.md', { import: 'metadata', eager: true });

export interface Page {
	slug: string;
	/** Path from the project root, e.g. `content/pages/about.md`. */
	file: string;
	title: string;
	description: string;
	updated?: string;
}

function fileOf(path: string): string {
	return path.slice(1);
}

function slugOf(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');
}

/** Validates one standalone page's frontmatter (exported for tests). */
export function readPage(path: string, metadata: unknown): Page {
	const file = fileOf(path);
	const front = fm.asFrontmatter(file, metadata);
	const slug = slugOf(path);
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
		throw new ContentError(file, null, 'file name must be lowercase words joined by hyphens');
	}
	const page: Page = {
		slug,
		file,
		title: fm.text(file, front, 'title'),
		description: fm.text(file, front, 'description')
	};
	if (front.updated !== undefined) page.updated = fm.date(file, front, 'updated');
	return page;
}

function collection<T>(folder: string, read: (path: string, metadata: unknown) => T): T[] {
	return Object.entries(documents)
		.filter(([path]) => path.startsWith(`/content/${folder}/`))
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([path, metadata]) => read(path, metadata));
}

/** Standalone pages such as "About", served at `/<slug>`. */
export const pages: Page[] = collection('pages', readPage);

export function findPage(slug: string): Page | undefined {
	return pages.find((page) => page.slug === slug);
}

/** Quiz modules (`content/quizzes/`); whether the bank can fill each is checked in `quiz.ts`. */
export const quizModules: QuizModule[] = collection('quizzes', (path, metadata) =>
	readQuizModule(
		path,
		metadata,
		articleList.map((a) => a.slug)
	)
);

export function findQuizModule(slug: string): QuizModule | undefined {
	return quizModules.find((module) => module.slug === slug);
}
