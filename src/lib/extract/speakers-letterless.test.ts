import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

/** Three paragraphs before the one read: the first two of an article may be its headline. */
const LEAD =
	'Larkford votes today.\n\nThe vote was close.\n\nAna Ruiz, the mayor, spoke on Monday. She said the plan works.\n\n';

const read = (last: string) => {
	const x = extractArticle(LEAD + last, 't.txt');
	return {
		quotes: x.quotes.map((q) => [q.text, q.speaker, q.cue]),
		figures: x.figures.map((f) => [f.text, f.claimant])
	};
};

describe('a paragraph without a letter', () => {
	it('goes on from the speaker before it, and its quoted figures are theirs', () => {
		expect(read('“40 50.”')).toEqual({
			quotes: [['40 50.', 'Ana Ruiz', 'continues']],
			figures: [
				['40', 'Ana Ruiz'],
				['50', 'Ana Ruiz']
			]
		});
		// A figure outside the quote is nobody's: no word claims it.
		expect(read('“40.” 50')).toEqual({
			quotes: [['40.', 'Ana Ruiz', 'continues']],
			figures: [
				['40', 'Ana Ruiz'],
				['50', null]
			]
		});
		// A second quote goes on from the first.
		expect(read('“40.” “50.”').quotes).toEqual([
			['40.', 'Ana Ruiz', 'continues'],
			['50.', 'Ana Ruiz', 'continues']
		]);
	});

	it('goes on from no one when something stands before its quote, and from no one after a paragraph that names none', () => {
		expect(read('2019: “3 4 5 6.”')).toEqual({
			quotes: [['3 4 5 6.', null, null]],
			figures: [
				['2019', null],
				['3', null],
				['4', null],
				['5', null],
				['6', null]
			]
		});
		expect(read('The weather was fine.\n\n“40.”').quotes).toEqual([['40.', null, null]]);
	});
});
