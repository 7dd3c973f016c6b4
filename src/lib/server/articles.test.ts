import { describe, expect, it } from 'vitest';
import { loadArticles } from './articles';

const texts = { 'b.txt': 'Second article.', 'a.txt': 'First article.' };
const metadata = {
	'a.txt': { outlet: 'Reuters', title: 'First', published: '2014-05-20', author: 'A. Writer' },
	'b.txt': { outlet: 'RT', title: 'Second', published: '2014-05' }
};

describe('loadArticles', () => {
	it('joins texts with metadata in file-name order', () => {
		const articles = loadArticles(texts, metadata);
		expect(articles.map((a) => a.seed)).toEqual(['a.txt', 'b.txt']);
		expect(articles[0]).toEqual({
			seed: 'a.txt',
			slug: 'a',
			outlet: 'Reuters',
			title: 'First',
			published: '2014-05-20',
			author: 'A. Writer',
			text: 'First article.'
		});
		expect(articles[1]!.author).toBeUndefined();
	});

	it('names a seed file that has no metadata', () => {
		expect(() => loadArticles({ ...texts, 'c.txt': 'Third.' }, metadata)).toThrow(
			/seeds\/articles\.json: no entry for seed file "seeds\/c\.txt"/
		);
	});

	it('names metadata that has no seed file', () => {
		expect(() =>
			loadArticles(texts, {
				...metadata,
				'gone.txt': { outlet: 'X', title: 'Y', published: '2020' }
			})
		).toThrow(/field "gone\.txt"\): describes "seeds\/gone\.txt", but no such file exists/);
	});

	it('names a missing field', () => {
		const broken = { ...metadata, 'b.txt': { outlet: 'RT', published: '2014-05' } };
		expect(() => loadArticles(texts, broken)).toThrow(/field "b\.txt\.title"\): is missing/);
	});

	it('rejects an impossible date and an unknown field', () => {
		const badDate = { ...metadata, 'b.txt': { ...metadata['b.txt'], published: '2014-02-30' } };
		expect(() => loadArticles(texts, badDate)).toThrow(/b\.txt\.published.*not a date/);
		const extra = { ...metadata, 'b.txt': { ...metadata['b.txt'], outlett: 'typo' } };
		expect(() => loadArticles(texts, extra)).toThrow(/b\.txt\.outlett.*not a known field/);
	});

	it('rejects a missing or non-object metadata file and empty seeds', () => {
		expect(() => loadArticles(texts, undefined)).toThrow(/articles\.json: is missing/);
		expect(() => loadArticles(texts, [])).toThrow(/must be a JSON object/);
		expect(() => loadArticles({}, {})).toThrow(/seeds\/: holds no \.txt articles/);
		expect(() => loadArticles({ 'a.txt': '  \n' }, { 'a.txt': metadata['a.txt'] })).toThrow(
			/seeds\/a\.txt: is empty/
		);
	});
});
