/** `npm run eval:corpus -- PATH [--log]`: quote P/R/F1 and speaker accuracy on a local brat corpus split. */
import { existsSync } from 'node:fs';
import { scoreSplit } from './eval/corpus/run';
import { summarise } from './eval/corpus/score';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--'));
if (!path) {
	console.log(
		'eval:corpus skipped: give the path of a local corpus split, e.g. npm run eval:corpus -- /path/to/PolNeAR/data/dev\n' +
			'(a folder with text/*.txt and attributions/*.ann; the corpus is not part of this repository).'
	);
} else if (!existsSync(path)) {
	console.error(`eval:corpus: ${path} does not exist.`);
	process.exitCode = 2;
} else {
	const s = scoreSplit(path);
	const m = summarise(s);
	const pct = (x: number): string => (x * 100).toFixed(1);
	if (args.includes('--log')) console.log(s.log.join('\n') + '\n');
	console.log(
		`Quotes: gold ${s.gold}, found ${s.found}, returned ${s.returned}, true positives ${s.truePositives}`
	);
	console.log(`  precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}`);
	console.log('Speaker accuracy on found quotes, by annotated source:');
	for (const k of ['named', 'pronoun', 'unnamed', 'none'] as const)
		console.log(
			`  ${k.padEnd(8)} ${pct(m.accuracy[k]).padStart(5)} %  (${s.speakers[k].right}/${s.speakers[k].total})`
		);
}
