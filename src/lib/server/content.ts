/** The one module that owns `content/`: it globs every document, validates its frontmatter and indexes it. */
import type { QuizModule } from '$lib/quiz/types';
import { getBank } from './bank';
import { checkpointFor, checkpointProblem } from './checkpoints';
import { ContentError } from './content-error';
import { readExplainer, type Explainer } from './explainers';
import * as fm from './frontmatter';
import { readQuizModule } from './quiz-modules';
import { articleList } from './seeds';
import { readStoryData } from './story-data';

const documents = import.meta.glob('/content/**/*.md', { import: 'metadata', eager: true });
// Explainers' sources too: their bank-bound tags are checked against the bank at build time.
const sources = import.meta.glob<string>('/content/explainers/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});
// Each explainer's editorial data (timeline, accusation map, charted figures), beside its document.
const storyFiles = import.meta.glob('/content/explainers/*.json', {
	import: 'default',
	eager: true
});

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
).sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title));

export function findQuizModule(slug: string): QuizModule | undefined {
	return quizModules.find((module) => module.slug === slug);
}

const orphan = Object.keys(storyFiles).find((p) => !sources[p.replace(/\.json$/, '.md')]);
if (orphan) {
	throw new ContentError(fileOf(orphan), null, 'has no explainer of the same name beside it');
}

/** Scrolling explainers, served at `/learn/<slug>`, in their `order`. */
export const explainers: Explainer[] = collection('explainers', (path, metadata) => {
	const bank = getBank();
	const dataPath = path.replace(/\.md$/, '.json');
	const story = readStoryData(fileOf(dataPath), storyFiles[dataPath], bank);
	const explainer = readExplainer(path, metadata, sources[path] ?? '', bank, story);
	for (const id of explainer.checkpoints) {
		if (!checkpointFor(bank, id)) {
			throw new ContentError(
				explainer.file,
				null,
				`<Checkpoint question="${id}">: ${checkpointProblem(bank, id)}`
			);
		}
	}
	if (!findQuizModule(explainer.quiz)) {
		throw new ContentError(
			explainer.file,
			'quiz',
			`"${explainer.quiz}" is not a quiz module; use one of ${quizModules.map((m) => m.slug).join(', ')}`
		);
	}
	return explainer;
}).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));

/** Where an explainer's "take the quiz" link goes. */
export function quizHref(explainer: Explainer): string {
	return `/quiz/${explainer.quiz}`;
}

export function findExplainer(slug: string): Explainer | undefined {
	return explainers.find((explainer) => explainer.slug === slug);
}
