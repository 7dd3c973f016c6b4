import { quizModules } from '$lib/server/content';

/** The modules a teacher can hand out, for the class-link forms. */
export function load() {
	return {
		modules: quizModules.map(({ slug, title, description, count }) => ({
			slug,
			title,
			description,
			count
		}))
	};
}
