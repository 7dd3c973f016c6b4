import { describe, expect, it } from 'vitest';
import { buildLinks, wordChanges } from './links';
import { similarity } from './link-groups';
import { quoteAt as quote } from './links.fixture';

describe('links', () => {
	it('measures shared words', () => {
		expect(similarity(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
		expect(similarity(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'y'])).toBe(0.5);
	});
	it('records wording differences', () => {
		expect(wordChanges('across the Internet,', 'across the internet,')).toEqual([
			'"Internet," → "internet,"'
		]);
		expect(wordChanges('we will act', 'we will act now')).toEqual(['+ "now"']);
		expect(wordChanges('we will act now', 'we act now')).toEqual(['− "will"']);
	});
	it('links the same words across articles, never within one', () => {
		const words = 'We will not back down from this';
		const links = buildLinks(
			[
				quote('q-a1', 'a.txt', words),
				quote('q-a2', 'a.txt', words),
				quote('q-a3', 'a.txt', 'Something else entirely was said here'),
				quote('q-b1', 'b.txt', words + ' today'),
				quote('q-c1', 'c.txt', 'Something else entirely, not this'),
				quote('q-c2', 'c.txt', 'Something else entirely, not this')
			],
			[]
		);
		expect(links.map((l) => [l.items, l.seeds])).toEqual([
			[
				['q-a1', 'q-a2', 'q-b1'],
				['a.txt', 'b.txt']
			]
		]);
		expect(links[0]!.differences.map((d) => d.changes)).toEqual([[], ['+ "today"']]);
	});
	it('tests no two items of one article against each other', () => {
		// Every property read of 3,000 quotes of one article is counted: testing each pair, as the bank
		// once did, reads millions; an article has nothing to link.
		let reads = 0;
		const counted = Array.from(
			{ length: 3000 },
			(_, i) =>
				new Proxy(quote(`q-${i}`, 'a.txt', 'We will not back down'), {
					get(target, key, receiver) {
						reads++;
						return Reflect.get(target, key, receiver);
					}
				})
		);
		expect(buildLinks(counted, [])).toEqual([]);
		expect(reads).toBeLessThan(20 * counted.length);
	});
});
