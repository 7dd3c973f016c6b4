import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entity, EntityType, Figure, Span } from './types';
import { sentenceClaimants } from './claims';

const entity = (name: string, aliases: string[] = [], type: EntityType = 'person'): Entity => ({
	id: name.toLowerCase().replace(/\W+/g, '-'),
	name,
	type,
	role: null,
	side: 'other',
	aliases,
	seeds: ['a.txt']
});

/** An unclaimed figure at the first `number` of a text that is one sentence. */
function figureIn(text: string, number: string, sentence: Span = { start: 0, end: text.length }) {
	const start = text.indexOf(number, sentence.start);
	const f: Figure = {
		id: `f-${start}`,
		seed: 'a.txt',
		text: number,
		start,
		end: start + number.length,
		value: Number(number),
		unit: 'items',
		counts: '',
		kind: 'count',
		paragraph: 1,
		sentence,
		claimantId: null,
		claimant: null,
		via: []
	};
	return f;
}

const claimantOf = (entities: Entity[], text: string, number: string): string | null =>
	sentenceClaimants(entities)(text, figureIn(text, number)).claimant;

describe('the claimant a sentence names for a figure', () => {
	const china = entity('China', ['Beijing'], 'agency');
	const lee = entity('Dana Lee', ['Lee']);
	const us = entity('United States', [], 'agency');

	it('credits whoever says or accuses before the figure, by any of their names', () => {
		expect(claimantOf([china], 'China says 40 companies were hit.', '40')).toBe('China');
		expect(claimantOf([china], 'Beijing said 40 companies were hit.', '40')).toBe('China');
		expect(
			claimantOf([china, us], 'China accused the United States of hacking 40 companies.', '40')
		).toBe('China');
		expect(claimantOf([lee], 'Lee insisted on Monday that 3 servers failed.', '3')).toBe(
			'Dana Lee'
		);
	});

	it('credits nobody for the accused, for a figure before the claim, or for a name used otherwise', () => {
		// "in 2009" is not what is alleged: the accusation names no "of", "with" or "over".
		expect(claimantOf([china], 'China accused 40 hackers.', '40')).toBeNull();
		expect(claimantOf([china], 'In 40 cases, China says, nothing was taken.', '40')).toBeNull();
		expect(claimantOf([china], 'China built 40 plants, Lee says.', '40')).toBeNull();
		expect(claimantOf([china], 'Chinas says 40.', '40')).toBeNull();
		expect(claimantOf([china], 'Mainland China-says 40.', '40')).toBeNull();
		expect(claimantOf([china], 'IndoChina says 40.', '40')).toBeNull();
		const doc = entity('The Report', [], 'document');
		expect(claimantOf([doc], 'The Report says 40 sites were hit.', '40')).toBeNull();
	});

	it('gives the claimant named last before the figure, per figure of one sentence', () => {
		const text = 'China says 40 were hit, and the United States says 50 were.';
		const claim = sentenceClaimants([china, us]);
		const sentence = { start: 0, end: text.length };
		expect(claim(text, figureIn(text, '40', sentence)).claimant).toBe('China');
		expect(claim(text, figureIn(text, '50', sentence)).claimant).toBe('United States');
	});

	it('keeps a figure already claimed as it is', () => {
		const f = { ...figureIn('China says 40.', '40'), claimantId: 'x', claimant: 'X' };
		expect(sentenceClaimants([china])('China says 40.', f)).toBe(f);
	});
	it('reads no sentence when the bank names nobody (a paste of bare numbers)', () => {
		// A text that throws when read: with no name to find, nothing of it is needed.
		const unread = new Proxy(new String('China says 40.'), {
			get() {
				throw new Error('the sentence was read');
			}
		}) as unknown as string;
		const f = figureIn('China says 40.', '40');
		expect(sentenceClaimants([])(unread, f)).toBe(f);
		expect(sentenceClaimants([entity('the agency', [], 'document')])(unread, f)).toBe(f);
	});
});

/**
 * The rule stated the plain way, as the bank once ran it: every name of every entity tried at every
 * place in the sentence, one after another. Ties (two names at one place) go to the claim that starts
 * first, then to the entity listed first.
 */
function naiveClaimant(sentence: string, at: number, entities: Entity[]): Entity | null {
	let best: { e: Entity; named: number; from: number } | null = null;
	for (const e of entities) {
		if (e.type === 'document') continue;
		for (const name of [e.name, ...e.aliases]) {
			if (!/^\p{Lu}/u.test(name) || name.length < 2) continue;
			for (let i = sentence.indexOf(name); i >= 0; i = sentence.indexOf(name, i + 1)) {
				if (i > 0 && /[\p{L}\p{N}]/u.test(sentence[i - 1]!)) continue;
				const spaces = /^\s+/.exec(sentence.slice(i + name.length));
				if (!spaces) continue;
				const verbAt = i + name.length + spaces[0].length;
				const rest = sentence.slice(verbAt);
				let from = -1;
				if (
					/^(?:accuses|accused|accusing|blames|blamed|blaming|charges|charged|charging)\b/i.test(
						rest
					)
				) {
					const of = /\s(?:of|with|over)\s/.exec(rest);
					if (of) from = verbAt + of.index;
				} else if (
					/^(?:says|said|saying|claims|claimed|claiming|alleges|alleged|alleging|insists|insisted|insisting|contends|contended|maintains|maintained)\b/i.test(
						rest
					)
				)
					from = verbAt;
				if (from < 0 || from >= at) continue;
				if (!best || i > best.named || (i === best.named && from < best.from))
					best = { e, named: i, from };
			}
		}
	}
	return best?.e ?? null;
}

describe('the claimant a sentence names, against the plain rule', () => {
	const people = [
		entity('Ann Lee', ['Lee', 'Ann']),
		entity('Ann Kim', ['Kim', 'Ann']),
		entity('Lee Lee'),
		entity('Mr. Ho', ['Ho']),
		entity('The Agency', ['Agency'], 'agency'),
		entity('Ann Report', [], 'document')
	];
	const words = [
		...['Ann', 'Lee', 'Kim', 'Ho', 'Mr.', 'The', 'Agency', 'Report', 'the', 'agency'],
		...[
			'says',
			'said',
			'Said',
			'accused',
			'blames',
			'charged',
			'told',
			'saying',
			'claims',
			'CLAIMED'
		],
		...[
			'alleging',
			'maintained',
			'charging',
			'accuses',
			'insists',
			'contended',
			'sayings',
			'charger'
		],
		...['of', 'with', 'over', 'and', 'that', '7', '12', '-', '(', 'Ann-Lee', 'Lee,', 'xLee', '7Kim']
	];
	const spaces = [' ', ' ', ' ', '  ', '\u00a0'];

	it('names the same claimant for every figure of random sentences (1,500 runs)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...spaces)), {
					minLength: 1,
					maxLength: 24
				}),
				(parts) => {
					const text = parts.map(([w, s]) => w + s).join('');
					const claim = sentenceClaimants(people);
					const sentence = { start: 0, end: text.length };
					for (const m of text.matchAll(/\d+/g)) {
						const f = {
							...figureIn(text, m[0], sentence),
							start: m.index,
							end: m.index + m[0].length
						};
						expect(claim(text, f).claimant, text).toBe(
							naiveClaimant(text, m.index, people)?.name ?? null
						);
					}
				}
			),
			{ numRuns: 1500, seed: 20261202 }
		);
	});
});
