import { describe, expect, it } from 'vitest';
import { GET } from './+server';

async function get(file: string, search = '?seed=2024') {
	const url = new URL(`https://attributed.example/teach/export/${file}${search}`);
	// The handler reads only params and url.
	return GET({ params: { file }, url } as unknown as Parameters<typeof GET>[0]);
}

describe('GET /teach/export/<module>.<format>', () => {
	it('serves each format as a download named after the round', async () => {
		for (const format of [
			'gift',
			'moodle',
			'aiken',
			'qti',
			'quizlet',
			'kahoot',
			'blooket',
			'gimkit'
		]) {
			const response = await get(`mixed.${format}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-disposition')).toContain('attributed-mixed-2024');
			expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
		}
		const json = await get('mixed.json');
		expect(json.headers.get('content-type')).toContain('application/json');
		expect((await json.json()).seed).toBe(2024);
	});

	it('answers bad modules, formats and seeds with a page naming the problem, never a 500', async () => {
		const cases: [string, string, number, string][] = [
			['nope.gift', '?seed=1', 404, 'no quiz called “nope”'],
			['mixed.docx', '?seed=1', 404, '“docx” is not a format'],
			['mixed', '?seed=1', 404, 'Name a quiz and a format'],
			['mixed.json', '?seed=abc', 400, 'not “abc”'],
			['mixed.json', '', 400, 'Add the seed'],
			['mixed.kahoot', '?seed=-4', 400, 'whole number']
		];
		for (const [file, search, status, words] of cases) {
			const response = await get(file, search);
			expect(response.status).toBe(status);
			expect(response.headers.get('content-type')).toContain('text/html');
			expect(await response.text()).toContain(words);
		}
	});
});
