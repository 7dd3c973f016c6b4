import { error } from '@sveltejs/kit';
import { getBank } from '$lib/server/bank';
import { explainers, findExplainer, quizHref } from '$lib/server/content';
import { explainerEvidence } from '$lib/server/explainer-evidence';

export function entries() {
	return explainers.map((explainer) => ({ slug: explainer.slug }));
}

export function load({ params }) {
	const explainer = findExplainer(params.slug);
	if (!explainer) error(404, { message: `There is no explainer called “${params.slug}”.` });
	const index = explainers.indexOf(explainer);
	const next = explainers[index + 1];
	return {
		explainer: {
			slug: explainer.slug,
			file: explainer.file,
			title: explainer.title,
			description: explainer.description,
			quiz: quizHref(explainer)
		},
		next: next ? { slug: next.slug, title: next.title } : null,
		// Only the items this explainer names travel to the browser, not the whole bank.
		evidence: explainerEvidence(getBank(), explainer)
	};
}
