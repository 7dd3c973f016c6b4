/** What the lab keeps on this device between reloads: the articles and the teacher's review. Never sent anywhere. */
import type { LabArticle, LabReview } from '$lib/lab';

/** An article as it came in: pasted text, the page's HTML when rich text was pasted, or a file. */
export interface PastedArticle {
	text: string;
	html: string | null;
	/** The file's name, when opened from a file. */
	name: string | null;
}

/** The lab's state as this browser keeps it. */
export interface Kept {
	articles: LabArticle[];
	review: LabReview;
	seed: number;
}

const KEY = 'attributed:lab';

function isKept(value: unknown): value is Kept {
	if (!value || typeof value !== 'object') return false;
	const v = value as Partial<Kept>;
	return Array.isArray(v.articles) && typeof v.seed === 'number' && typeof v.review === 'object';
}

/** Reads what this browser kept, or null when nothing (or something unreadable) is there. */
export function loadKept(): Kept | null {
	try {
		const raw = localStorage.getItem(KEY);
		const value: unknown = raw ? JSON.parse(raw) : null;
		return isKept(value) ? value : null;
	} catch {
		return null;
	}
}

/** Keeps the lab's state on this device; a full or blocked storage only loses the reload. */
export function keep(value: Kept): boolean {
	try {
		localStorage.setItem(KEY, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

export function forget(): void {
	try {
		localStorage.removeItem(KEY);
	} catch {
		// Nothing kept, or storage blocked: nothing to forget either.
	}
}
