import { describe, expect, it } from 'vitest';
import { scanQuotes } from './quote-marks';

describe('quote marks', () => {
	it('scans linearly through many stray marks', () => {
		// Counts characters read rather than timing the scan, so a busy machine cannot fail it:
		// four times the marks must cost about four times the reads (quadratic work would cost sixteen).
		const reads = (marks: number): number => {
			const text = `"'“‘`.repeat(marks);
			let count = 0;
			const counted = new Proxy(Object(text) as object, {
				get(target, key) {
					if (typeof key === 'string' && /^\d+$/.test(key)) count++;
					const value = Reflect.get(target, key) as unknown;
					return typeof value === 'function' ? value.bind(text) : value;
				}
			});
			scanQuotes(counted as unknown as string, 0, text.length);
			return count;
		};
		const small = reads(5000);
		expect(small).toBeGreaterThanOrEqual(4 * 5000);
		expect(reads(20000)).toBeLessThanOrEqual(small * 4 * 1.1);
	});
});
