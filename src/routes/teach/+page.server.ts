import { redirect } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { quizModules } from '$lib/server/content';
import { withoutMarkers } from '$lib/server/drawn';
import { qrSvg } from '$lib/server/teach/qr';
import { roundKey } from '$lib/server/teach/round';
import { classLinkPath, drawSeed, readSeedChoice } from '$lib/teach/class-link';
import { exportSummary } from '$lib/teach/export/summary';
import TeachGuide from './TeachGuide.svelte';
import TeachIntro from './TeachIntro.svelte';

// `?module=…&seed=…` shows that class link: rendered per request.
export const prerender = false;

function modulesList() {
	return quizModules.map(({ slug, title, description, count }) => ({
		slug,
		title,
		description,
		count
	}));
}

/** The class link for the chosen module and seed, its QR code and the round's downloads. */
function classLink(moduleSlug: string, seed: number, origin: string) {
	const round = roundKey(moduleSlug, String(seed));
	if (!round.ok) return null;
	const url = `${origin}${classLinkPath(moduleSlug, seed)}`;
	return {
		module: moduleSlug,
		title: round.key.title,
		seed,
		url,
		qr: qrSvg(url),
		exports: exportSummary(round.key)
	};
}

/** The page's prose, the same on every request: drawn once, sent as HTML, so it ships as no script. */
let prose: { intro: string; guide: string } | null = null;
const proseHtml = () =>
	(prose ??= {
		intro: withoutMarkers(render(TeachIntro).body),
		guide: withoutMarkers(render(TeachGuide).body)
	});

export function load({ url }) {
	return { ...proseHtml(), ...classLinkData(url) };
}

function classLinkData(url: URL) {
	const modules = modulesList();
	const moduleSlug = url.searchParams.get('module');
	if (moduleSlug === null) return { modules, chosen: null, link: null, problem: null };
	const chosen = { module: moduleSlug, seed: url.searchParams.get('seed') ?? '' };
	if (!modules.some((m) => m.slug === moduleSlug)) {
		return {
			modules,
			chosen,
			link: null,
			problem: `There is no quiz called “${moduleSlug}”. Choose one from the list.`
		};
	}
	const seed = readSeedChoice(url.searchParams.get('seed'));
	if (!seed.ok) return { modules, chosen, link: null, problem: seed.error };
	if (seed.seed === null) {
		// A drawn seed goes into the address, so reloading or bookmarking keeps the same round.
		redirect(303, `/teach?module=${encodeURIComponent(moduleSlug)}&seed=${drawSeed()}#class-link`);
	}
	return { modules, chosen, link: classLink(moduleSlug, seed.seed, url.origin), problem: null };
}
