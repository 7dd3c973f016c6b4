// Runs every check in turn (types, lint, unit, end-to-end), then prints one summary; exits 1 if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

/** @typedef {{ passed: number, failed: number }} Counts */
/** @typedef {{ name: string, command: string, report?: string, count?: (report: any) => Counts }} Step */
/** @typedef {{ name: string, ok: boolean, seconds: number, passed?: number, failed?: number }} Result */

/** @type {Step[]} */
const steps = [
	{ name: 'types (svelte-check)', command: 'npm run --silent check' },
	{ name: 'lint (prettier + eslint)', command: 'npm run --silent lint' },
	{
		name: 'unit (vitest)',
		command:
			'npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json',
		report: 'test-results/vitest.json',
		count: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests })
	},
	{
		name: 'end-to-end (playwright)',
		command: 'npx playwright test -c tests/playwright.config.ts',
		report: 'test-results/playwright.json',
		count: (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky })
	}
];

/** @type {Result[]} */
const results = [];
for (const step of steps) {
	console.log(`\n━━ ${step.name} ━━`);
	const started = Date.now();
	const run = spawnSync(step.command, { shell: true, stdio: 'inherit' });
	/** @type {Result} */
	const result = { name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 };
	if (step.report && step.count && existsSync(step.report)) {
		try {
			Object.assign(result, step.count(JSON.parse(readFileSync(step.report, 'utf8'))));
		} catch {
			// A report that cannot be read leaves the counts out; the exit status still decides.
		}
	}
	results.push(result);
}

console.log('\n━━ summary ━━');
for (const r of results) {
	const counts = r.passed === undefined ? '' : ` (${r.passed} passed, ${r.failed} failed)`;
	console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${counts}  ${r.seconds.toFixed(1)}s`);
}
const passed = results.reduce((n, r) => n + (r.passed ?? 0), 0);
const failed = results.reduce((n, r) => n + (r.failed ?? 0), 0);
const failedSteps = results.filter((r) => !r.ok).map((r) => r.name);
console.log(failedSteps.length ? `\nFailed: ${failedSteps.join(', ')}` : '\nAll checks passed.');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
