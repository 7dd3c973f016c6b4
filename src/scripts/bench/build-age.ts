/** Whether build/ is older than the sources it is made from: the bench would measure code that is gone. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What `npm run build` reads: the app, its content and seeds, static files and the configuration. */
const SOURCES = [
	'src',
	'content',
	'seeds',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];
/** Tests and scripts (the bench itself among them) are not part of the build. */
const NOT_BUILT = /\.test\.ts$|^src\/scripts\//;

/** The first source file changed after the build in `root`, or null (also when there is no build). */
export function changedSinceBuild(root = '.'): string | null {
	const handler = join(root, 'build', 'handler.js');
	if (!existsSync(handler)) return null;
	const built = statSync(handler).mtimeMs;
	for (const source of SOURCES) {
		const path = join(root, source);
		if (!existsSync(path)) continue;
		const files = statSync(path).isDirectory()
			? readdirSync(path, { recursive: true, withFileTypes: true })
					.filter((d) => d.isFile())
					.map((d) => join(d.parentPath ?? d.path, d.name))
			: [path];
		for (const file of files) {
			const name = relative(root, file).split('\\').join('/');
			if (!NOT_BUILT.test(name) && statSync(file).mtimeMs > built) return name;
		}
	}
	return null;
}
