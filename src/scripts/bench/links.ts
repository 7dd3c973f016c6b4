/** Links bench: a bank of two pastes whose quotes or figures could link, at two sizes. */
import type { buildBank as Bank } from '../../lib/extract/index';
import type { BenchLine } from './extract';

/** Lines made by `line(k)` for k = 0, 1, … up to about n characters. */
const lines = (n: number, line: (k: number) => string): string => {
	let s = '';
	for (let k = 0; s.length < n; k++) s += line(k);
	return s;
};

/** Paste shapes whose items all link across two articles, or all could: each once tested in pairs. */
const SHAPES: [string, (k: number) => string][] = [
	['the same quote', () => '“We will not back down now,” she said.\n'],
	['similar quotes', (k) => `“We will not back down on day ${k},” she said.\n`],
	['the same counted figure', () => '1 worker\n'],
	['near figures', (k) => `It cost ${100_000 + k} workers.\n`]
];

/** Best CPU time in ms of five runs of `fn` after one untimed run. */
function cpuBest(fn: () => void): number {
	fn();
	let best = Infinity;
	for (let i = 0; i < 5; i++) {
		const c = process.cpuUsage();
		fn();
		const d = process.cpuUsage(c);
		best = Math.min(best, (d.user + d.system) / 1000);
	}
	return best;
}

/** The bank of two pastes of each shape, half a megabyte and then a megabyte in all. */
export function benchLinks(buildBank: typeof Bank): BenchLine[] {
	return SHAPES.map(([label, line]) => {
		const bank = (n: number) => () =>
			buildBank([
				{ seed: 'a.txt', text: lines(n / 2, line) },
				{ seed: 'b.txt', text: lines(n / 2, (k) => line(k + 7)) }
			]);
		const half = cpuBest(bank(500_000));
		const whole = cpuBest(bank(1_000_000));
		return {
			label: `bank of two pastes of ${label}, 1 MB in all (extraction and links)`,
			value: `${whole.toFixed(0)} ms; ${(whole / half).toFixed(2)}× the time of 0.5 MB`,
			target: '≤ 2.2× on doubling',
			ok: whole / half <= 2.2
		};
	});
}
