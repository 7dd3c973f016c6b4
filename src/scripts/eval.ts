/** `npm run eval`: precision, recall and speaker accuracy per kind against tests/seeds.gold.json. */
import { loadGold, seedBank } from './eval/load';
import { scoreBank, thresholdChecks } from './eval/score';

const gold = loadGold();
const s = scoreBank(seedBank(gold), gold);
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5) + '%';
const out: string[] = [];
out.push('Quotes             gold  found  recall  speakers');
for (const k of ['full', 'partial', 'fragment', 'paraphrase'] as const) {
	const x = s.kinds[k];
	out.push(
		`  ${k.padEnd(16)} ${String(x.gold).padStart(4)}  ${String(x.found).padStart(5)}  ${pct(x.recall)}  ${pct(x.speakerAccuracy)} (${x.speakerRight}/${x.found})`
	);
}
out.push(
	`  ${'full+partial'.padEnd(16)} ${String(s.fullPartial.gold).padStart(4)}  ${String(s.fullPartial.found).padStart(5)}  ${pct(s.fullPartial.recall)}  ${pct(s.fullPartial.speakerAccuracy)}`
);
out.push(
	`  returned ${s.returned}, true positives ${s.truePositives}, false positives ${s.falsePositives.length}, ignored ${s.ignored}`
);
out.push(`  precision ${pct(s.precision)}   F1 ${pct(s.f1)}`);
out.push('\nFigures            gold  found');
for (const [k, v] of Object.entries(s.figures.byKind))
	out.push(`  ${k.padEnd(16)} ${String(v.gold).padStart(4)}  ${String(v.found).padStart(5)}`);
out.push(
	`  found ${pct(s.figures.recall)}, claimant right ${pct(s.figures.claimantAccuracy)} (${s.figures.claimantRight}/${s.figures.found}), years ${s.years.found}/${s.years.gold}`
);
out.push(
	`\nEntity sides: ${s.sides.right}/${s.sides.found} gold entities found have the gold side`
);
const detail = (title: string, xs: string[]): void => {
	if (xs.length) out.push(`\n${title}:\n  ${xs.join('\n  ')}`);
};
detail(
	'Missed quotes',
	Object.values(s.kinds).flatMap((k) => k.misses)
);
detail(
	'Wrong speakers',
	Object.values(s.kinds).flatMap((k) => k.wrongSpeakers)
);
detail('False positives', s.falsePositives);
detail('Missed figures', s.figures.misses);
detail('Wrong claimants', s.figures.wrongClaimants);
out.push('\nThresholds and named cases:');
let failed = 0;
for (const c of thresholdChecks(s)) {
	if (!c.ok) failed++;
	out.push(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}  (${c.detail})`);
}
out.push(failed ? `\n${failed} check(s) failing` : '\nAll checks pass');
console.log(out.join('\n'));
process.exitCode = failed ? 1 : 0;
