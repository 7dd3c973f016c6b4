/** A small, complete HTML page for a bad download link: says what is wrong and where to go instead. */
import { xmlEscape } from '$lib/teach/export/xml';

export function problemPage(status: 400 | 404, message: string): Response {
	const heading = status === 404 ? 'Nothing to download here' : 'This download link does not work';
	const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${heading} · Attributed</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><main><h1>${heading}</h1><p>${xmlEscape(message)}</p>
<p><a href="/teach#exports">Choose a quiz and a format on the Teach page</a></p></main></body></html>`;
	return new Response(html, {
		status,
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}
