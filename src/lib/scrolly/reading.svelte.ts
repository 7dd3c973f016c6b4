/** The reader's choice between the scrolling piece and plain text, kept on <html> so CSS lays out the right one before paint. */
import { browser } from '$app/environment';
import { READING_STORAGE_KEY } from './head-script.js';

export { HEAD_SCRIPT } from './head-script.js';

export type ReadingMode = 'scrolly' | 'text';

const STORAGE_KEY = READING_STORAGE_KEY;

function stored(): ReadingMode {
	try {
		return localStorage.getItem(STORAGE_KEY) === 'text' ? 'text' : 'scrolly';
	} catch {
		return 'scrolly';
	}
}

class Reading {
	mode: ReadingMode = $state('text');

	/** Syncs from the page (the head script, or storage after a client-side navigation). */
	init(): void {
		const root = document.documentElement;
		if (root.dataset.reading !== 'text' && root.dataset.reading !== 'scrolly') {
			root.dataset.reading = stored();
		}
		this.mode = root.dataset.reading as ReadingMode;
	}

	set(mode: ReadingMode): void {
		this.mode = mode;
		document.documentElement.dataset.reading = mode;
		try {
			localStorage.setItem(STORAGE_KEY, mode);
		} catch {
			// Private windows may refuse storage: the choice still holds for this page.
		}
	}
}

export const reading = new Reading();
if (browser) reading.init();
