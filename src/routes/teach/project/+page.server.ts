import { error } from '@sveltejs/kit';
import { qrSvg } from '$lib/server/teach/qr';
import { roundKey } from '$lib/server/teach/round';
import { classLinkPath } from '$lib/teach/class-link';

export const prerender = false;

/** The class link in large type with a large QR code, for the board. */
export function load({ url }) {
	const moduleSlug = url.searchParams.get('module') ?? '';
	const round = roundKey(moduleSlug, url.searchParams.get('seed'));
	if (!round.ok) {
		error(round.status, {
			message: round.message,
			action: { href: '/teach#hand-out', label: 'Make a class link' }
		});
	}
	const link = `${url.origin}${classLinkPath(round.key.module, round.key.seed)}`;
	return {
		title: round.key.title,
		seed: round.key.seed,
		module: round.key.module,
		link,
		/** Without the scheme: what students type if they cannot scan. */
		shortLink: link.replace(/^https?:\/\//, ''),
		qr: qrSvg(link)
	};
}
