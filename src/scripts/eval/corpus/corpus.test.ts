// The corpus scorer on small hand-written brat snippets (invented text, not from any corpus).
import { describe, expect, it } from 'vitest';
import { codePointToUnit, parseAnn, type Attribution } from './brat';
import { classifySource, goldQuotes, quotedSegments } from './gold';
import { emptyScore, scoreArticle, summarise } from './score';

const TEXT =
	'“We will build the bridge,” Mayor Ana Ruiz said.\n\nShe added that the plan was “fully costed.”\n\nThe “miracle” cure was never tested.\n';
// Offsets written by hand against TEXT.
const ANN = [
	'T1\tContent 0 27\t“We will build the bridge,”',
	'T2\tSource 28 42\tMayor Ana Ruiz',
	'T3\tCue 43 47\tsaid',
	'E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2',
	'T4\tSource 50 53\tShe',
	'T5\tCue 54 59\tadded',
	'T6\tContent 60 93\tthat the plan was “fully costed.”',
	'E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4'
].join('\n');

describe('brat parsing', () => {
	it('reads spans of each attribution event', () => {
		const [a, b] = parseAnn(ANN, TEXT) as [Attribution, Attribution];
		expect(TEXT.slice(a.source[0]!.start, a.source[0]!.end)).toBe('Mayor Ana Ruiz');
		expect(TEXT.slice(b.source[0]!.start, b.source[0]!.end)).toBe('She');
		expect(TEXT.slice(b.content[0]!.start, b.content[0]!.end)).toBe(
			'that the plan was “fully costed.”'
		);
	});

	it('converts code-point offsets to UTF-16 indexes past astral characters', () => {
		const text = '😀 “Hi,” Bo said.';
		const toUnit = codePointToUnit(text);
		expect(text.slice(toUnit(8), toUnit(10))).toBe('Bo');
	});
});

describe('gold quoted pieces', () => {
	it('finds quoted segments, including an unclosed one running to the paragraph end', () => {
		const t = "He said \"yes\" and “no” and ''maybe''.\n“It goes on\nNext";
		expect(quotedSegments(t).map((s) => t.slice(s.start, s.end))).toEqual([
			'yes',
			'no',
			'maybe',
			'It goes on'
		]);
	});

	it('classifies sources', () => {
		expect(classifySource('Mayor Ana Ruiz')).toBe('named');
		expect(classifySource('she')).toBe('pronoun');
		expect(classifySource('a city official')).toBe('unnamed');
		expect(classifySource('The Daily Lamp')).toBe('named');
		expect(classifySource(null)).toBe('none');
	});

	it('keeps quotes inside annotated content only and resolves pronouns to the previous named source', () => {
		const gold = goldQuotes(TEXT, parseAnn(ANN, TEXT));
		expect(gold.map((g) => TEXT.slice(g.start, g.end))).toEqual([
			'We will build the bridge,',
			'fully costed.'
		]);
		expect(gold[0]).toMatchObject({ sourceClass: 'named', speakerWords: ['ana', 'ruiz'] });
		expect(gold[1]).toMatchObject({ sourceClass: 'pronoun', speakerWords: ['ana', 'ruiz'] });
	});
});

describe('lenient scoring', () => {
	const gold = goldQuotes(TEXT, parseAnn(ANN, TEXT));
	const at = (s: string): { start: number; end: number } => {
		const start = TEXT.indexOf(s);
		return { start, end: start + s.length };
	};

	it('counts a prediction covering over 30 % of a piece and a speaker sharing a non-title word', () => {
		const score = emptyScore();
		scoreArticle(
			score,
			gold,
			[
				{ ...at('We will build'), speakerNames: ['Ruiz'] },
				{ ...at('fully costed.'), speakerNames: ['Mayor Lee'] },
				{ ...at('miracle'), speakerNames: [] }
			],
			TEXT,
			'invented'
		);
		const m = summarise(score);
		expect(score.truePositives).toBe(2);
		expect(m.precision).toBeCloseTo(2 / 3);
		expect(m.recall).toBe(1);
		expect(score.speakers.named).toEqual({ right: 1, total: 1 });
		// "Mayor" is a title, so "Mayor Lee" shares nothing with "Mayor Ana Ruiz".
		expect(score.speakers.pronoun).toEqual({ right: 0, total: 1 });
	});

	it('does not count a prediction covering 30 % or less of a piece', () => {
		const score = emptyScore();
		scoreArticle(score, gold, [{ ...at('We will'), speakerNames: ['Ruiz'] }], TEXT, 'invented');
		expect(score.found).toBe(0);
		expect(score.truePositives).toBe(0);
	});
});
