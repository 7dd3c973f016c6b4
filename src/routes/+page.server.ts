import { quizModules } from '$lib/server/content';

export function load() {
	return { modules: quizModules.map(({ slug, title }) => ({ slug, title })) };
}
