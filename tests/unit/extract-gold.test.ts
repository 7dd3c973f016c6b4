import { describe, expect, it } from 'vitest';
import { loadGold, seedBank } from '../../src/scripts/eval/load';
import { scoreBank, thresholdChecks, THRESHOLDS } from '../../src/scripts/eval/score';

const gold = loadGold();
const score = scoreBank(seedBank(gold), gold);

describe('extraction against the gold key', () => {
	it('finds quotes: recall on full+partial and fragments, precision', () => {
		expect(
			score.fullPartial.recall,
			score.kinds.full.misses.concat(score.kinds.partial.misses).join('\n')
		).toBeGreaterThanOrEqual(THRESHOLDS.recallFullPartial);
		expect(
			score.kinds.fragment.recall,
			score.kinds.fragment.misses.join('\n')
		).toBeGreaterThanOrEqual(THRESHOLDS.recallFragment);
		expect(score.precision, score.falsePositives.join('\n')).toBeGreaterThanOrEqual(
			THRESHOLDS.precision
		);
	});
	it('attributes speakers', () => {
		expect(
			score.fullPartial.speakerAccuracy,
			score.kinds.full.wrongSpeakers.concat(score.kinds.partial.wrongSpeakers).join('\n')
		).toBeGreaterThanOrEqual(THRESHOLDS.speakerFullPartial);
		expect(
			score.kinds.fragment.speakerAccuracy,
			score.kinds.fragment.wrongSpeakers.join('\n')
		).toBeGreaterThanOrEqual(THRESHOLDS.speakerFragment);
	});
	it('finds figures with values and claimants, no identifiers, years as years', () => {
		expect(score.figures.recall, score.figures.misses.join('\n')).toBeGreaterThanOrEqual(
			THRESHOLDS.figuresFound
		);
		expect(
			score.figures.claimantAccuracy,
			score.figures.wrongClaimants.join('\n')
		).toBeGreaterThanOrEqual(THRESHOLDS.figureClaimant);
		expect(score.figureNegativesReturned).toEqual([]);
		expect(score.years.misses).toEqual([]);
	});
	it('drops every furniture span with nothing inside', () => {
		expect(score.boilerplate.problems).toEqual([]);
	});
	it.each(score.checks.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		expect(c.ok, c.detail).toBe(true);
	});
	it('passes every threshold check', () => {
		expect(thresholdChecks(score).filter((c) => !c.ok)).toEqual([]);
	});
});
