/** `npm run bench`: prints performance figures (no timed tests). Each area has its own file in bench/. */
import { benchExtract, type BenchLine } from './bench/extract';
import { benchServer } from './bench/server';

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
print(
	'Server (production build on 127.0.0.1, autocannon, 10 connections, 5 s each)',
	await benchServer()
);
