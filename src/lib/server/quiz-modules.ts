/** Reads one quiz module's frontmatter (`content/quizzes/<slug>.md`) and checks it against the seeds and kinds. */
import { KINDS, type QuestionKind, type QuizModule } from '$lib/quiz/types';
import { ContentError } from './content-error';
import * as fm from './frontmatter';

/** Slugs the API uses for itself: `/api/quiz/<slug>.json` must stay a module. */
const RESERVED = new Set(['modules', 'index']);

export function readQuizModule(
	path: string,
	metadata: unknown,
	seedSlugs: readonly string[]
): QuizModule {
	const file = path.slice(1);
	const front = fm.asFrontmatter(file, metadata);
	const slug = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 64) {
		throw new ContentError(file, null, 'file name must be lowercase words joined by hyphens');
	}
	if (RESERVED.has(slug))
		throw new ContentError(file, null, `"${slug}" is reserved: rename the file`);
	const seeds = fm.list(file, front, 'seeds', seedSlugs);
	const kinds = fm.list(file, front, 'kinds', KINDS) as QuestionKind[];
	return {
		slug,
		file,
		title: fm.text(file, front, 'title'),
		description: fm.text(file, front, 'description'),
		seeds: [...new Set(seeds)],
		kinds: [...new Set(kinds)],
		count: fm.positiveInteger(file, front, 'count')
	};
}
