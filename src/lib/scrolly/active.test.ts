import fc from 'fast-check';
import { runs } from '../testing/runs';
import { describe, expect, it } from 'vitest';
import { overallProgress, pickActive, stepProgress, type StepBox } from './active';

/** Stacks steps of the given heights from `offset`, as a scrolled page lays them out. */
function layout(heights: number[], offset: number): StepBox[] {
	let top = offset;
	return heights.map((h) => {
		const box = { top, bottom: top + h };
		top += h + 40;
		return box;
	});
}

describe('pickActive', () => {
	it('is the first step before any has reached the trigger line', () => {
		expect(pickActive(layout([300, 300], 900), 800)).toBe(0);
	});

	it('is the last step whose top crossed the line', () => {
		// Line at 440: steps start at -400, -60, 280, 620.
		expect(pickActive(layout([300, 300, 300, 300], -400), 800)).toBe(2);
	});

	it('depends only on where the steps are now, so a jump lands on the right step', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 50, max: 1500 }), { minLength: 1, maxLength: 12 }),
				fc.integer({ min: -20000, max: 2000 }),
				fc.integer({ min: 300, max: 1200 }),
				(heights, offset, viewport) => {
					const boxes = layout(heights, offset);
					const active = pickActive(boxes, viewport);
					const line = viewport * 0.55;
					expect(active).toBeGreaterThanOrEqual(0);
					expect(active).toBeLessThan(boxes.length);
					// Every later step is still below the line; the active one is above it unless it is the first.
					for (const box of boxes.slice(active + 1)) expect(box.top).toBeGreaterThan(line);
					if (active > 0) expect(boxes[active]!.top).toBeLessThanOrEqual(line);
				}
			),
			runs(100)
		);
	});

	it('moves forward monotonically as the page scrolls down', () => {
		const heights = [400, 250, 600, 300];
		let last = 0;
		for (let scroll = 0; scroll < 3000; scroll += 37) {
			const active = pickActive(layout(heights, 600 - scroll), 700);
			expect(active).toBeGreaterThanOrEqual(last);
			last = active;
		}
		expect(last).toBe(3);
	});
});

describe('stepProgress', () => {
	it('runs from 0 at the top of the step to 1 at its bottom', () => {
		expect(stepProgress({ top: 550, bottom: 950 }, 1000)).toBeCloseTo(0);
		expect(stepProgress({ top: 350, bottom: 750 }, 1000)).toBeCloseTo(0.5);
		expect(stepProgress({ top: -500, bottom: 0 }, 1000)).toBe(1);
		expect(stepProgress({ top: 900, bottom: 1300 }, 1000)).toBe(0);
	});
});

describe('overallProgress', () => {
	it('counts finished steps and the share of the active one', () => {
		expect(overallProgress(1, 0.5, 4)).toBe(0.375);
		expect(overallProgress(0, 0, 0)).toBe(0);
		expect(overallProgress(3, 1, 4)).toBe(1);
	});
});
