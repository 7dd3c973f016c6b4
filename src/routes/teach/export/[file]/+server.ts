import { json } from '@sveltejs/kit';
import { problemPage } from '$lib/server/teach/problem-page';
import { roundKey } from '$lib/server/teach/round';
import { EXPORT_FORMATS, findFormat } from '$lib/teach/export';

// The seed is in the query string: rendered per request.
export const prerender = false;

const NAMES = ['json', ...EXPORT_FORMATS.map((f) => f.name)].join(', ');

/** `/teach/export/<module>.<format>?seed=N`: the round the quiz page shows, with its answers, in a format. */
export async function GET({ params, url }): Promise<Response> {
	const dot = params.file.lastIndexOf('.');
	if (dot < 1) {
		return problemPage(
			404,
			`Name a quiz and a format, e.g. /teach/export/mixed.gift?seed=2024. Formats: ${NAMES}.`
		);
	}
	const moduleSlug = params.file.slice(0, dot);
	const formatName = params.file.slice(dot + 1);
	const format = findFormat(formatName);
	if (formatName !== 'json' && !format) {
		return problemPage(
			404,
			`“${formatName}” is not a format this site exports. Formats: ${NAMES}.`
		);
	}
	const round = roundKey(moduleSlug, url.searchParams.get('seed'));
	if (!round.ok) return problemPage(round.status, round.message);
	if (!format) return json(round.key);
	const file = await format.build(round.key, { origin: url.origin });
	const headers: Record<string, string> = {
		'content-type': file.type,
		'content-disposition': `attachment; filename="${file.filename}"`
	};
	if (file.leftOut.length > 0) {
		headers['x-left-out'] = file.leftOut.map((l) => `Q${l.number}: ${l.why}`).join('; ');
	}
	const body = typeof file.body === 'string' ? file.body : new Blob([file.body as BlobPart]);
	return new Response(body, { headers });
}
