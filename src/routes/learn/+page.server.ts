import { explainers, quizHref } from '$lib/server/content';

export function load() {
	return {
		explainers: explainers.map((explainer) => ({
			slug: explainer.slug,
			title: explainer.title,
			description: explainer.description,
			quiz: quizHref(explainer),
			seeds: explainer.seeds
		}))
	};
}
