/** Reads a lab link's fragment in the browser: any failure becomes a message, never a blank page. */

/** The message of a LabLinkError, or a plain one for anything unexpected. */
export function linkProblem(error: unknown, noun: string): string {
	if (error instanceof Error && error.name === 'LabLinkError') return error.message;
	return `This ${noun} could not be read (${error instanceof Error ? error.message : String(error)}). Ask for the link again.`;
}

/** The fragment of the current address, without the #. */
export function currentFragment(): string {
	const raw = location.hash.replace(/^#/, '');
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw; // A stray % is the decoder's to report, with its own message.
	}
}
