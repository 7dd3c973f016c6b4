import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const speakers = (text: string): (string | null)[] =>
	extractArticle(text, 't.txt').quotes.map((q) => q.speaker);

describe('crowds', () => {
	it('makes an unnamed crowd before or after the speech verb the speaker', () => {
		expect(speakers('Those surveyed said the plan was "a mess."')).toEqual(['Those surveyed']);
		expect(speakers('"It is a mess," some of those who came said.')).toEqual([
			'some of those who came'
		]);
	});

	it('reads no crowd across a clause opener, a pronoun or a possessive', () => {
		expect(speakers('Ana Ruiz spoke, while some said the plan was "a mess."')).toEqual(['some']);
		expect(speakers('Ana Ruiz left, and all she said was "a mess."')).toEqual(['Ana Ruiz']);
		expect(speakers('Some marchers\' banners read "Never again."')).toEqual([null]);
	});

	it('never takes the person talked about for the speaker', () => {
		const got = speakers('Tom Hale runs again. Critics of the plan say Hale is "too timid."');
		expect(got).toHaveLength(1);
		expect(got[0]).not.toBe('Tom Hale');
	});
});
