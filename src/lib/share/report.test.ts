import { describe, expect, it } from 'vitest';
import { findLinks } from './links';
import { buildReport, type Scorer } from './report';
import type { ScoredQuestion, ScoredResult } from './scored';
import { toCsv } from './csv';

function question(
	id: string,
	status: ScoredQuestion['status'],
	given = '',
	expected = ''
): ScoredQuestion {
	return {
		id,
		kind: 'who-said-it',
		status,
		confidence: status === 'right' ? 'sure' : 'unsure',
		prompt: `Prompt ${id}`,
		given,
		expected,
		aboutSpeakers: true,
		text: null,
		textIsQuote: false,
		who: null,
		via: [],
		sourceHref: status === 'retired' ? null : `/sources/a#${id}`,
		sourceLabel: null
	};
}

function result(slug: string, questions: ScoredQuestion[], name?: string): ScoredResult {
	const counted = questions.filter((q) => q.status !== 'retired');
	return {
		module: { slug, title: `Module ${slug}` },
		seed: 1,
		name,
		right: counted.filter((q) => q.status === 'right').length,
		total: counted.length,
		questions
	};
}

const results: Record<string, ScoredResult> = {
	'tokA.0000001': result(
		'indictment',
		[question('q1', 'right'), question('q2', 'wrong', 'Hong Lei', 'Eric Holder')],
		'Ana'
	),
	'tokB.0000002': result('indictment', [
		question('q1', 'wrong', 'Cisco', 'IBM'),
		question('q2', 'wrong', 'Hong Lei', 'Eric Holder')
	]),
	'tokC.0000003': result('numbers', [question('f1', 'right'), question('old', 'retired')])
};
const score: Scorer = (token) =>
	results[token]
		? { ok: true, result: results[token] }
		: { ok: false, error: 'This results link is broken: test.' };

describe('buildReport', () => {
	const text = [
		'https://x.test/results/tokA.0000001',
		'https://x.test/results/tokB.0000002',
		'https://x.test/results/tokC.0000003',
		'https://x.test/results/tokZ.9999999',
		'https://x.test/results/tokA.0000001',
		'https://x.test/quiz/indictment'
	].join('\n');
	const report = buildReport(findLinks(text), score);

	it('groups by module, biggest first, and accounts for every link', () => {
		expect(report.groups.map((g) => [g.slug, g.students.length])).toEqual([
			['indictment', 2],
			['numbers', 1]
		]);
		const placed =
			report.groups.reduce((n, g) => n + g.students.length, 0) +
			report.broken.length +
			report.duplicates.length;
		expect(placed).toBe(report.linkCount);
		expect(report.linkCount).toBe(6);
	});

	it('lists broken links and duplicates with the reason and line', () => {
		expect(report.broken.map((b) => [b.line, b.reason])).toEqual([
			[4, 'This results link is broken: test.'],
			[6, 'This is a link, but not to a quiz result.']
		]);
		expect(report.duplicates).toEqual([
			{ line: 5, text: 'https://x.test/results/tokA.0000001', firstLine: 1, why: 'the same link' }
		]);
	});

	it('counts share right per question, hardest first, and speaker confusions', () => {
		const [indictment] = report.groups;
		expect(indictment?.questions.map((q) => [q.id, q.answered, q.right, q.percent])).toEqual([
			['q2', 2, 0, 0],
			['q1', 2, 1, 50]
		]);
		expect(indictment?.confusions).toEqual([
			{ picked: 'Hong Lei', instead: 'Eric Holder', count: 2 },
			{ picked: 'Cisco', instead: 'IBM', count: 1 }
		]);
		expect(indictment?.students.map((s) => s.label)).toEqual(['Ana', 'Student on line 2']);
	});

	it('keeps retired questions out of the counts and the calibration', () => {
		const numbers = report.groups[1];
		expect(numbers?.retired).toBe(1);
		expect(numbers?.questions.map((q) => q.id)).toEqual(['f1']);
		expect(numbers?.calibration.sure).toEqual({ right: 1, total: 1 });
		expect(numbers?.calibration.unsure).toEqual({ right: 0, total: 0 });
	});

	it('lists a link whose scoring throws as broken instead of failing the report', () => {
		const thrown = buildReport(findLinks('x.test/results/tokA.0000001'), () => {
			throw new Error('boom');
		});
		expect(thrown.broken[0]?.reason).toMatch(/could not be scored.*boom/);
	});
});

describe('toCsv', () => {
	it('quotes commas, quotes and newlines and defuses formulas', () => {
		expect(toCsv([['a,b', 'say "hi"', 'x\ny', '=SUM(A1)', 3, null]])).toBe(
			`"a,b","say ""hi""","x\ny","'=SUM(A1)",3,\r\n`
		);
	});
});
