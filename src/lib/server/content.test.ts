import { describe, expect, it } from 'vitest';
import { readPage } from './content';
import { date, list, positiveInteger } from './frontmatter';

describe('readPage', () => {
	it('reads valid frontmatter', () => {
		expect(
			readPage('/content/pages/about.md', {
				title: 'About',
				description: 'What this is',
				updated: '2026-11'
			})
		).toEqual({
			slug: 'about',
			file: 'content/pages/about.md',
			title: 'About',
			description: 'What this is',
			updated: '2026-11'
		});
	});

	it('names the file and the missing field', () => {
		expect(() => readPage('/content/pages/about.md', { description: 'x' })).toThrow(
			'content/pages/about.md (field "title"): is missing'
		);
		expect(() => readPage('/content/pages/about.md', undefined)).toThrow(
			'content/pages/about.md: has no frontmatter'
		);
		expect(() => readPage('/content/pages/about.md', { title: 3, description: 'x' })).toThrow(
			/field "title"\): must be non-empty text/
		);
	});

	it('rejects file names that are not clean slugs', () => {
		expect(() => readPage('/content/pages/About Us.md', { title: 'a', description: 'b' })).toThrow(
			/lowercase words joined by hyphens/
		);
	});
});

describe('frontmatter fields', () => {
	it('asks for quoted dates so YAML keeps their precision', () => {
		expect(() => date('f.md', { when: new Date('2014-05-20') }, 'when')).toThrow(/quoted date/);
		expect(date('f.md', { when: '2014-05-20' }, 'when')).toBe('2014-05-20');
		expect(() => date('f.md', { when: 'May 2014' }, 'when')).toThrow(/not a date/);
	});

	it('checks counts and lists', () => {
		expect(positiveInteger('f.md', { n: 8 }, 'n')).toBe(8);
		expect(() => positiveInteger('f.md', { n: 0 }, 'n')).toThrow(/whole number/);
		expect(list('f.md', { k: ['a'] }, 'k', ['a', 'b'])).toEqual(['a']);
		expect(() => list('f.md', { k: ['c'] }, 'k', ['a', 'b'])).toThrow(/"c" is not one of: a, b/);
		expect(() => list('f.md', { k: [] }, 'k')).toThrow(/non-empty list/);
	});
});
