/** `npm run bench`: prints performance figures (no timed tests). Each area has its own file in bench/. */
import { benchExtract, type BenchLine } from './bench/extract';
import { benchLab } from './bench/lab';
import { benchLighthouse } from './bench/lighthouse';
import { benchWeight } from './bench/weight';
import { BURST, benchBurst } from './bench/burst';
import { changedSinceBuild } from './bench/build-age';
import { startBare, startProduction } from './bench/processes';
import { benchServer, freePort } from './bench/server';

function print(title: string, lines: BenchLine[]): void {
	console.log(`\n${title}`);
	for (const l of lines) {
		const mark = l.ok === undefined ? '    ' : l.ok ? 'ok  ' : 'MISS';
		console.log(
			`  ${mark} ${l.label.padEnd(58)} ${l.value}${l.target ? `   [target ${l.target}]` : ''}`
		);
	}
}

// `npm run bench -- --burst` runs the burst alone (it is the slowest to set up, and the one to watch);
// `--weight` and `--lighthouse` run only the page-weight or the Lighthouse part.
const burstOnly = process.argv.includes('--burst');
const LAB_TITLE =
	'Lab (wall time in Chromium: readArticle + labBank + labQuiz on the page, as /lab runs them;\n' +
	'extractArticle alone on the extraction bench’s slowest inputs)';
// `npm run bench -- --lab` prints the lab's lines alone.
if (process.argv.includes('--lab')) {
	print(LAB_TITLE, await benchLab());
	process.exit(0);
}
// `npm run bench -- --extract` prints the extraction lines alone (no build needed).
if (process.argv.includes('--extract')) {
	print('Extraction', await benchExtract());
	process.exit(0);
}
// The other parts serve build/: built before the latest change, it would measure code that is gone
// (a stale bank turns the quiz-feedback link into a 400, which Lighthouse reports as a failed page).
const changed = changedSinceBuild();
if (changed) {
	console.error(
		`build/ is older than ${changed}: run \`npm run build\`, then \`npm run bench\` again.`
	);
	process.exit(1);
}
const weightOnly = process.argv.includes('--weight');
const lighthouseOnly = process.argv.includes('--lighthouse');
const everything = !burstOnly && !weightOnly && !lighthouseOnly;
if (everything) {
	print('Extraction', await benchExtract());
	print(LAB_TITLE, await benchLab());
	print(
		'Server (production build on 127.0.0.1; autocannon, 10 connections, 5 s a line, sending a browser’s\n' +
			'Accept and Accept-Encoding unless said; bare, results page, card and their same bytes from\n' +
			'bare Node in 5 alternating rounds, so load from other work weighs on each alike)',
		await benchServer()
	);
}
if (everything || weightOnly) {
	print(
		'Page weight (JavaScript on first view, each file gzipped at level 9, fresh Chromium profile;\n' +
			'production build on 127.0.0.1)',
		await benchWeight()
	);
}
if (everything || lighthouseOnly) {
	print(
		'Lighthouse 12 (mobile, simulated throttling; production build on 127.0.0.1, this machine’s\n' +
			'Chromium; a busy machine lowers the performance score)',
		await benchLighthouse()
	);
}
if (everything || burstOnly) {
	print(
		`Burst (production build, rate limit off as if from many clients; GET / timed by autocannon with one\n` +
			`connection for 6 s while ${BURST} requests arrive at once; memory is the server's resident set)`,
		await benchBurst(
			async (env) => startProduction(await freePort(), env),
			async () => startBare(await freePort())
		)
	);
}
