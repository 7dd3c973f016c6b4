/** `npm run bench`: prints performance figures (no timed tests). Each area has its own file in bench/. */
import { benchExtract, type BenchLine } from './bench/extract';
import { benchServer } from './bench/server';
import { benchLighthouse } from './bench/lighthouse';
import { benchWeight } from './bench/weight';

function print(title: string, lines: BenchLine[]): void {
	console.log(`\n${title}`);
	for (const l of lines) {
		const mark = l.ok === undefined ? '    ' : l.ok ? 'ok  ' : 'MISS';
		console.log(
			`  ${mark} ${l.label.padEnd(58)} ${l.value}${l.target ? `   [target ${l.target}]` : ''}`
		);
	}
}

print('Extraction', await benchExtract());
print(
	'Page weight (JavaScript on first view, each file gzipped at level 9, fresh Chromium profile;\n' +
		'production build on 127.0.0.1)',
	await benchWeight()
);
print(
	'Lighthouse 12 (mobile, simulated throttling; production build on 127.0.0.1, this machine’s\n' +
		'Chromium; a busy machine lowers the performance score)',
	await benchLighthouse()
);
print(
	'Server (production build on 127.0.0.1; autocannon, 10 connections, 5 s a line, sending a browser’s\n' +
		'Accept and Accept-Encoding unless said; bare, cached page, cached card and their same bytes from\n' +
		'bare Node in 5 alternating rounds, so load from other work weighs on each alike)',
	await benchServer()
);
