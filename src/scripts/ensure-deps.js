// Installs dependencies when they are missing or no longer match package-lock.json.
// Runs before anything else in `npm start` and `npm test`, so it uses Node built-ins only.
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
	console.error(`Attributed needs Node.js 20.19 or newer; this is ${process.version}.`);
	process.exit(1);
}

const lockfile = 'package-lock.json';
const stamp = 'node_modules/.attributed-deps';
const wanted = createHash('sha256')
	.update(readFileSync('package.json'))
	.update(existsSync(lockfile) ? readFileSync(lockfile) : '')
	.digest('hex');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;

if (installed !== wanted) {
	// `npm ci` installs exactly what the lockfile says and never rewrites it (the lockfile lists every
	// platform's optional native packages, so it works on Linux, macOS and Windows alike).
	const command = existsSync(lockfile) ? 'npm ci' : 'npm install';
	console.log(
		installed === null
			? `Installing dependencies (${command})…`
			: `Dependencies changed; reinstalling (${command})…`
	);
	try {
		execSync(`${command} --no-audit --no-fund`, { stdio: 'inherit' });
	} catch {
		console.error(`\n${command} failed: see the messages above. Nothing else was run.`);
		process.exit(1);
	}
	writeFileSync(stamp, `${wanted}\n`);
}
