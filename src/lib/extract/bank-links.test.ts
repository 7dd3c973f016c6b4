import { describe, expect, it, vi } from 'vitest';
import { buildBank } from './bank';
import { buildLinks } from './links';

// The real link finder, watched: the bank of one article must not call it at all.
vi.mock('./links', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./links')>();
	return { ...actual, buildLinks: vi.fn(actual.buildLinks) };
});

describe('the bank looks for links only between articles', () => {
	it('a bank of one article does no link work; one of two links their shared quote', () => {
		const text = '“We will not back down,” she said.\n'.repeat(50);
		expect(buildBank([{ seed: 'a.txt', text }]).links).toEqual([]);
		expect(buildLinks).not.toHaveBeenCalled();
		const two = buildBank([
			{ seed: 'a.txt', text },
			{ seed: 'b.txt', text }
		]);
		expect(buildLinks).toHaveBeenCalledTimes(1);
		expect(two.links.map((l) => [l.type, l.items.length, l.seeds])).toEqual([
			['quote', 100, ['a.txt', 'b.txt']]
		]);
	});
});
