import { describe, expect, it } from 'vitest';
import type { ScoredResult } from '$lib/share/scored';
import { cardData } from './draw';
import { cardTree } from './render';

const secret = (what: string) => `SECRET-${what}`;

const result: ScoredResult = {
	module: { slug: 'm', title: 'The May 2014 indictment' },
	seed: 3,
	name: '<script>alert(1)</script>',
	right: 1,
	total: 2,
	questions: (['right', 'wrong', 'retired'] as const).map((status, i) => ({
		id: secret(`id${i}`),
		kind: 'who-said',
		status,
		confidence: 'sure',
		prompt: secret(`prompt${i}`),
		given: secret(`given${i}`),
		expected: secret(`expected${i}`),
		aboutSpeakers: true,
		text: secret(`quote${i}`),
		textIsQuote: true,
		who: secret(`who${i}`),
		via: [secret(`via${i}`)],
		sourceHref: `/sources/x#${secret(`href${i}`)}`,
		sourceLabel: secret(`label${i}`)
	}))
};

describe('a close estimate on the card', () => {
	it('is its own mark, with "close" in the legend', () => {
		const withClose: ScoredResult = {
			...result,
			questions: result.questions.map((q, i) =>
				i === 1 ? { ...q, kind: 'estimate', status: 'wrong', result: 'close', points: 0.5 } : q
			)
		};
		expect(cardData(withClose).marks).toEqual(['right', 'close', 'retired']);
		expect(JSON.stringify(cardTree(cardData(withClose)))).toMatch(/"close"/);
		expect(JSON.stringify(cardTree(cardData(result)))).not.toMatch(/"close"/);
	});
});

describe('card content', () => {
	const tree = JSON.stringify(cardTree(cardData(result)));

	it('shows the module, score, marks and name', () => {
		expect(tree).toContain('The May 2014 indictment');
		expect(tree).toContain('1/2');
		expect(cardData(result).marks).toEqual(['right', 'wrong', 'retired']);
	});

	it('holds no question content: no spoilers', () => {
		expect(tree).not.toContain('SECRET');
	});

	it('carries a name with markup as a plain text node', () => {
		expect(tree).toContain(JSON.stringify('<script>alert(1)</script>'));
		expect(tree).toContain(JSON.stringify('’s result'));
	});

	it('leaves off a name its fonts cannot draw, and keeps one they can', () => {
		// Scripts with no font on the card yet: Devanagari, Thai, Hebrew.
		for (const name of ['अनीता', 'สมชาย', 'דנה', 'Zoë अ']) {
			expect(cardData({ ...result, name }).name).toBeUndefined();
		}
		for (const name of [
			'Zoë Ångström-Nguyễn',
			'Алёна',
			'Ελένη',
			'王小明',
			'さくら',
			'김민준',
			'محمد',
			'🦊 Fox',
			'👩‍👩‍👧'
		]) {
			expect(cardData({ ...result, name }).name).toBe(name);
		}
	});
});
