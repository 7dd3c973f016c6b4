import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/lab/fixtures';
import { readArticle } from './read';
import { dateIn, metaFromText } from './meta';

describe('reading what a teacher pastes', () => {
	it('keeps plain text as it is, but for Windows line ends and a byte-order mark', () => {
		const text = 'Title of a story here\r\n\r\n“Words,” she said.\r\n';
		expect(readArticle({ text: '\uFEFF' + text }).text).toBe(text.replace(/\r\n/g, '\n'));
	});

	it('reads dates written the ways newsrooms write them, and no impossible ones', () => {
		expect(dateIn('Updated 20 May, 2014 07:09')).toBe('2014-05-20');
		expect(dateIn('March 3, 2026 at noon')).toBe('2026-03-03');
		expect(dateIn('Sept. 9 2025')).toBe('2025-09-09');
		expect(dateIn('2026-10-02T07:30:00Z')).toBe('2026-10-02');
		expect(dateIn('31 February 2026')).toBe('');
		expect(dateIn('in 2026 the council')).toBe('');
	});

	it('leaves what the text does not say empty, for the teacher to fill in', () => {
		expect(metaFromText('“Quoted words open this piece,” said someone.\n\nMore text.')).toEqual({
			title: '',
			outlet: '',
			date: ''
		});
		expect(metaFromText('A headline\n\n© 2026 The Hill Herald. All rights reserved.').outlet).toBe(
			'The Hill Herald'
		);
	});

	it('keeps the paragraphs of a short pasted fragment of a page', () => {
		const html =
			'<meta charset="utf-8"><p>“Two lines of text,” said Ana Ruiz.</p><p>“And another one,” said Bo Lind.</p>';
		const article = readArticle({ html }, parseHtml);
		expect(article.text).toContain(
			'“Two lines of text,” said Ana Ruiz.\n\n“And another one,” said Bo Lind.'
		);
	});

	it('takes the publisher and date from JSON-LD when a page has no meta tags', () => {
		const ld = JSON.stringify({
			'@type': 'NewsArticle',
			datePublished: '2025-11-30T10:00:00+01:00',
			publisher: { name: 'Fjord Daily' }
		});
		const html = `<html><head><title>Ferry strike ends</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Ferry strike ends</h1>${'<p>The ferry strike ended on Sunday after nine days, the union said in a statement to members.</p>'.repeat(6)}</article></body></html>`;
		const article = readArticle({ text: html, fileName: 'page.htm' }, parseHtml);
		expect(article).toMatchObject({
			title: 'Ferry strike ends',
			outlet: 'Fjord Daily',
			date: '2025-11-30'
		});
		expect(article.text.startsWith('Ferry strike ends\n\nThe ferry strike ended')).toBe(true);
	});
});
