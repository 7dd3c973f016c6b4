/** `npm run bench`: prints performance figures (no timed tests). Each area has its own file in bench/. */
import { benchExtract, type BenchLine } from './bench/extract';

function print(title: string, lines: BenchLine[]): void {
	console.log(`\n${title}`);
	for (const l of lines) {
		const mark = l.ok === undefined ? '    ' : l.ok ? 'ok  ' : 'MISS';
		console.log(
			`  ${mark} ${l.label.padEnd(44)} ${l.value}${l.target ? `   [target ${l.target}]` : ''}`
		);
	}
}

print('Extraction', await benchExtract());
