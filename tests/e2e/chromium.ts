import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own build. */
export function chromiumPath(): string {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
	let bundled = '';
	try {
		bundled = chromium.executablePath();
	} catch {
		// Playwright throws when it has no browser of its own; the message below says what to do.
	}
	if (bundled && existsSync(bundled)) return bundled;
	throw new Error(
		'No Chromium found for the end-to-end tests. Set CHROMIUM_PATH to a Chromium or Chrome binary, ' +
			'or on Debian/Ubuntu run `sudo apt-get install chromium`.'
	);
}
