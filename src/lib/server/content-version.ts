/** A short fingerprint of everything a results page or card is computed from: the bank and the quiz modules. */
import { createHash } from 'node:crypto';
import { getBank } from './bank';
import { quizModules } from './content';

let version: string | null = null;

/**
 * The same on every instance built from the same content, so ETags agree behind a load balancer,
 * and different after any change to the evidence or the modules, so old cached pages are not reused.
 */
export function contentVersion(): string {
	version ??= createHash('sha256')
		.update(JSON.stringify(getBank()))
		.update(JSON.stringify(quizModules))
		.digest('base64url')
		.slice(0, 12);
	return version;
}
