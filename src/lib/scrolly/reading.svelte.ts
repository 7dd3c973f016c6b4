/** The reader's choice between the scrolling piece and plain text, kept on <html> so CSS lays out the right one before paint. */
import { browser } from '$app/environment';

export type ReadingMode = 'scrolly' | 'text';

const STORAGE_KEY = 'attributed:reading';

/**
 * Runs in <head> before the body paints: picks the stored mode (scrolly by default) so that
 * readers with JavaScript never see the text layout flash. Without JavaScript the attribute is
 * never set and CSS shows the text layout, so nothing is hidden before hydration.
 */
export const HEAD_SCRIPT = `try{document.documentElement.dataset.reading=localStorage.getItem('${STORAGE_KEY}')==='text'?'text':'scrolly'}catch(e){document.documentElement.dataset.reading='scrolly'}`;

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
