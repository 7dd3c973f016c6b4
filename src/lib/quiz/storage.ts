/** This browser's own quiz memory (localStorage only, never sent anywhere): unfinished rounds and best scores. */

const PROGRESS = 'attributed:progress:';
const FINISHED = 'attributed:finished';

export interface SavedProgress {
	/** The quiz URL that resumes the round. */
	url: string;
	answered: number;
	total: number;
}

export interface Finished {
	best: number;
	total: number;
	/** Results token of the best round. */
	token: string;
	/** ISO date of the last finished round. */
	last: string;
}

function read<T>(key: string): T | null {
	try {
		const raw = localStorage.getItem(key);
		return raw ? (JSON.parse(raw) as T) : null;
	} catch {
		// Storage off, full or holding something else: behave as if empty.
		return null;
	}
}

function write(key: string, value: unknown): void {
	try {
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Private mode or storage disabled: the URL still carries the progress.
	}
}

export function loadProgress(module: string): SavedProgress | null {
	const saved = read<SavedProgress>(PROGRESS + module);
	return saved && typeof saved.url === 'string' && saved.url.startsWith(`/quiz/${module}?`)
		? saved
		: null;
}

export function saveProgress(module: string, progress: SavedProgress | null): void {
	write(PROGRESS + module, progress);
}

export function finishedModules(): Record<string, Finished> {
	const all = read<Record<string, Finished>>(FINISHED);
	return all && typeof all === 'object' ? all : {};
}

/** Records a finished round, keeping the best score (by share of the total). */
export function recordFinish(module: string, points: number, total: number, token: string): void {
	const all = finishedModules();
	const before = all[module];
	const better = !before || points / total > before.best / before.total;
	all[module] = {
		best: better ? points : before.best,
		total: better ? total : before.total,
		token: better ? token : before.token,
		last: new Date().toISOString().slice(0, 10)
	};
	write(FINISHED, all);
	saveProgress(module, null);
}

/** A shared computer keeps nothing: every unfinished round and every finished score goes. */
export function forgetQuizStorage(): void {
	try {
		for (const key of Object.keys(localStorage)) {
			if (key.startsWith(PROGRESS) || key === FINISHED) localStorage.removeItem(key);
		}
	} catch {
		// Storage off: there is nothing to forget.
	}
}

/** Set by "This is a shared computer" (a cookie, so the server knows it too, even without JavaScript). */
export const SHARED_DEVICE_COOKIE = 'shared-device';

export function onSharedDevice(): boolean {
	return document.cookie.split(/;\s*/).includes(`${SHARED_DEVICE_COOKIE}=1`);
}
