import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes, wordsBefore } from './quotes';
import { sentences } from './segment';

function quotes(t: string): { text: string; kind: string }[] {
	return findQuotes(t, 0, t.length, sentences(t, 0, t.length)).map((q) => ({
		text: t.slice(q.start, q.end),
		kind: q.kind
	}));
}

describe('quotes', () => {
	it('finds straight, curly and single-mark quotes', () => {
		expect(quotes('"We will win," he said.')).toEqual([{ text: 'We will win,', kind: 'full' }]);
		expect(quotes('“We will win,” he said.')).toEqual([{ text: 'We will win,', kind: 'full' }]);
		expect(quotes("'We will win,' he said.")).toEqual([{ text: 'We will win,', kind: 'full' }]);
	});
	it('reads two apostrophes as a double mark, with the marks outside the quote', () => {
		const t = "''It is not Bob's,'' Ms. Osei said of ''the plan.''";
		const qs = findQuotes(t, 0, t.length, sentences(t, 0, t.length));
		expect(qs.map((q) => t.slice(q.start, q.end))).toEqual(["It is not Bob's,", 'the plan.']);
		expect(t.slice(qs[0]!.open, qs[0]!.open + 2)).toBe("''");
		expect(t.slice(qs[0]!.close)).toMatch(/^ Ms\./);
	});
	it('drops titles that carry the full stop inside their marks, keeps speech in capitals', () => {
		expect(quotes('She starred in “The Long Harbour Road.”')).toEqual([]);
		expect(quotes('“Thank You All,” she said.').map((q) => q.text)).toEqual(['Thank You All,']);
		expect(quotes('She said, “Thank You All.”').map((q) => q.text)).toEqual(['Thank You All.']);
	});
	it('tells apostrophes from quote marks', () => {
		expect(
			quotes(
				"Germany's workers' union and the United States' largest bank 'were not consulted at all', he said."
			)
		).toEqual([{ text: 'were not consulted at all', kind: 'partial' }]);
		expect(quotes('Britain’s stance is “reckless and cynical,” he said.')).toEqual([
			{ text: 'reckless and cynical,', kind: 'fragment' }
		]);
	});
	it('keeps nested quotes inside their outer quote', () => {
		const t = '"The logic of "self-defence" is gone," said the report.';
		expect(quotes(t)).toEqual([{ text: 'The logic of "self-defence" is gone,', kind: 'full' }]);
		expect(
			quotes("“From 'Watergate' to the 'Pentagon Papers' affairs, it was clear,” he said.")
		).toHaveLength(1);
	});
	it('never makes a quote out of stray marks across sentences', () => {
		const t =
			"Unit 9 of the Army ', which had been 'hired' by companies to provide services' including data.";
		expect(quotes(t)).toEqual([{ text: 'hired', kind: 'fragment' }]);
		expect(quotes('He said " and left. Nobody followed him home.')).toEqual([]);
	});
	it('accepts a mixed curly open and straight close', () => {
		expect(quotes('“The claims are baseless," the ambassador said.')).toEqual([
			{ text: 'The claims are baseless,', kind: 'full' }
		]);
	});
	it('classifies full, partial and fragment quotes', () => {
		expect(
			quotes('He said the plan "was extremely professional and very open" in the end.')[0]!.kind
		).toBe('partial');
		expect(quotes('He felt a "deep unease" then.')[0]!.kind).toBe('fragment');
		expect(quotes('He said: "It is over. We lost."')[0]!.kind).toBe('full');
	});
	it('drops quoted names and titles', () => {
		expect(quotes('A worm it called "Silent Harbor" was found.')).toEqual([]);
		expect(quotes('The bill, known as the "Clean Energy Act", passed.')).toEqual([]);
	});
	it('reports an open quote at the end of a paragraph that runs on', () => {
		const t = '"Conservation is working. We have seen usage drop.';
		const q = findQuotes(t, 0, t.length, sentences(t, 0, t.length));
		expect(q).toHaveLength(1);
		expect(q[0]!.runsOn).toBe(true);
	});
});

/** The words before i as the pattern reads them: the oracle for wordsBefore's reading by char code. */
function wordsBeforeByPattern(text: string, ps: number, i: number, n: number): string[] {
	let ws: string[] = [];
	for (const w of [20, 60]) {
		ws =
			text
				.slice(Math.max(ps, i - w), i)
				.toLowerCase()
				.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
		if (ws.length > n || i - w <= ps) break;
	}
	return ws.slice(-n);
}

describe('wordsBefore', () => {
	it('reads the same words as the pattern, in ASCII, curly marks and other scripts', () => {
		const unit = fc.constantFrom(
			...['a', 'B', '7', ' ', ' ', "'", '’', '-', '“', '”', '"', '—', '.', 'é', 'İ', 'Σ'],
			...['\u00a0', '𝐀', '😀', 'said ', 'the film ', 'Ab']
		);
		fc.assert(
			fc.property(
				fc.array(unit, { maxLength: 60 }),
				fc.nat(200),
				fc.nat(200),
				fc.integer({ min: 1, max: 4 }),
				(units, a, b, n) => {
					const text = units.join('');
					const i = Math.min(Math.max(a, b), text.length);
					const ps = Math.min(a, b, i);
					expect(wordsBefore(text, ps, i, n)).toEqual(wordsBeforeByPattern(text, ps, i, n));
				}
			),
			{ numRuns: 3000 }
		);
	});
});
