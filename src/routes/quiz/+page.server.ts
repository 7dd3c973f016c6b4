import { quizModules } from '$lib/server/content';
import { quizBank } from '$lib/server/quiz';

export function load() {
	// Checks every module against the bank while the build prerenders: a module it cannot fill fails the build.
	quizBank();
	return {
		modules: quizModules.map(({ slug, title, description, count, kinds }) => ({
			slug,
			title,
			description,
			count,
			kinds
		}))
	};
}
