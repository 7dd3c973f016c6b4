/** CLI: `npm run extract -- [--json] FILE...` prints a readable report, or the JSON shape, per article. */
import { basename } from 'node:path';
import { extractArticle } from '../lib/extract/index';
import { readArticle, report, toJson } from './extract/cli';

function main(argv: string[]): number {
	const json = argv.includes('--json');
	const files = argv.filter((a) => a !== '--json');
	if (files.length === 0) {
		process.stderr.write('usage: npm run extract -- [--json] FILE...\n');
		return 1;
	}
	let failed = false;
	const out: unknown[] = [];
	for (const file of files) {
		const r = readArticle(file);
		if ('error' in r) {
			process.stderr.write(`extract: ${r.error}\n`);
			failed = true;
			continue;
		}
		const x = extractArticle(r.text, basename(file));
		if (json) out.push(toJson(file, x));
		else process.stdout.write(report(file, x, r.text) + '\n');
	}
	if (json) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
	return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
