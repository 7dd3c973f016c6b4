import { quizModules } from '$lib/server/content';

/** The modules, so the guide's lesson plan and prompts name the ones this site has. */
export function load() {
	return {
		modules: quizModules.map(({ slug, title, description }) => ({ slug, title, description }))
	};
}
