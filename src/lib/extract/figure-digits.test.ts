import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figs } from './figures.fixture';
import { meaningOf, nothingFollows, readAfter } from './figure-digits';
import { digitsAt } from './figure-number';
import { prevWord } from './figure-phrase';
import { figureSpan, findFigures } from './figures';

describe('figures in digits', () => {
	it('reads digits, scale words and currencies', () => {
		expect(figs('It held $2.35 trillion in bonds.')).toEqual([
			{ text: '$2.35 trillion', value: 2.35e12, kind: 'money', unit: 'USD' }
		]);
		expect(figs('It controlled 3.4 million host computers.')[0]).toMatchObject({
			value: 3400000,
			unit: 'computers',
			kind: 'count'
		});
		expect(figs('A total of 4,093 servers.')[0]).toMatchObject({ value: 4093, kind: 'count' });
		expect(figs('It will cost roughly £2bn a year.')[0]).toMatchObject({
			value: 2e9,
			kind: 'money',
			unit: 'GBP'
		});
		expect(figs('Spending of 1.5 trillion won.')[0]).toMatchObject({
			value: 1.5e12,
			kind: 'money',
			unit: 'KRW'
		});
	});
	it('takes no number inside a proper name for a figure', () => {
		const texts = (t: string): string[] => figs(t).map((f) => f.text);
		expect(texts('Ada Brill told Fox 5 that it was over.')).toEqual([]);
		expect(texts('The Apollo 11 crew was honoured.')).toEqual([]);
		expect(texts('Most Tally 300 firms pay less.')).toEqual([]);
		// A number after a name is still an amount when a unit or a share follows, or a possessive owns it.
		expect(texts('Ada Brill told Fox 5 that Brill leads Tam 48 percent to 41 percent.')).toEqual([
			'48 percent',
			'41 percent'
		]);
		expect(texts('It read Brill’s 1995 tax returns.')).toEqual(['1995']);
		expect(texts('The Brill 2016 campaign won.')).toEqual(['2016']);
		expect(texts('They hit the car Brill 16 times.')).toEqual(['16']);
		expect(texts('Some 300 marchers came.')).toEqual(['Some 300']);
	});
	it('reads a bare number as the full reading does, wherever nothing follows it', () => {
		// The oracle is the full reading of what follows (scale, currency word, percent, month,
		// year, counted noun): where nothingFollows says it can add nothing, it must add nothing.
		const unit = fc.constantFrom(
			...['1', '23', '4,500', '0.5', '2019', ' ', '  ', ', ', ',', '.', '. ', '%', '-', ':'],
			...[' percent', ' million', 'm', ' people', ' June', 'June ', ' euros', ' years', ' of'],
			...['$', 'A ', 'a', 'No. ', 'aged ', 'Smith, ', ' or five', ' pm', '\u00a0', '’', 'x'],
			...['”', '"', ')', '’s', '”%', '’ million']
		);
		const words = (max: number) => fc.array(unit, { maxLength: max }).map((u) => u.join(''));
		const number = fc.constantFrom('1', '23', '4,500', '0.5', '12345');
		const glue = fc.constantFrom('', ' ', '  ', ',', ', ', ',  ', '.', '. ', ' ,');
		let bare = 0;
		fc.assert(
			fc.property(words(3), number, glue, words(3), (before, num, sep, after) => {
				const text = before + ' ' + num + sep + after;
				const i = before.length + 1;
				const n = digitsAt(text, i, 0, text.length);
				if (!n || n.numEnd !== i + num.length || !nothingFollows(text, n.numEnd, text.length))
					return;
				bare++;
				n.value = parseFloat(n.raw.replace(/,/g, ''));
				n.pw = prevWord(text, i, 0);
				readAfter(text, n);
				expect([n.numEnd, n.currency]).toEqual([i + num.length, null]);
				expect(meaningOf(text, n)).toEqual(figureSpan(i, n.numEnd, n.value, 'items', '', 'count'));
			}),
			{ numRuns: 3000 }
		);
		expect(bare).toBeGreaterThan(100);
		expect(nothingFollows('1 2', 1, 3)).toBe(true);
		expect(nothingFollows('1 people', 1, 8)).toBe(false);
		expect(nothingFollows('1, five', 1, 7)).toBe(false);
	});
	it('reads nothing past the paragraph a number ends', () => {
		// Each line is a paragraph: the next one's first word is no scale, month or counted noun.
		const scale = 'Sales rose to 5\nmillion people came.';
		expect(findFigures(scale, 0, scale.indexOf('\n'))).toMatchObject([
			{ start: 14, end: 15, value: 5, kind: 'count', unit: 'items' }
		]);
		const month = 'They met on 3\nJune was cold.';
		expect(findFigures(month, 0, month.indexOf('\n'))).toMatchObject([
			{ start: 12, end: 13, value: 3, kind: 'count' }
		]);
		expect(nothingFollows('on 3\nJune', 4, 4)).toBe(true);
	});
});
