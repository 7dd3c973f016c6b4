/** Scoring in the browser for the class report: the bank and module list come from this site's own JSON. */
import type { Bank } from '$lib/extract/types';
import type { QuizModule } from '$lib/quiz/types';
import type { Scorer } from './report';

async function getJson<T>(fetcher: typeof fetch, path: string): Promise<T> {
	const response = await fetcher(path);
	if (!response.ok) throw new Error(`${path} answered ${response.status}; try reloading the page.`);
	return (await response.json()) as T;
}

/** Loads the bank and modules once, then scores each token locally: no link leaves the browser. */
export async function loadScorer(fetcher: typeof fetch): Promise<Scorer> {
	// The scorer (the quiz generator with it) loads only when a teacher asks for a report.
	const [bank, modules, { scoreToken }] = await Promise.all([
		getJson<Bank>(fetcher, '/api/bank.json'),
		getJson<QuizModule[]>(fetcher, '/api/quiz.json'),
		import('./score-token')
	]);
	return (token) => scoreToken(token, bank, modules);
}
