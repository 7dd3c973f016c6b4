/** Scoring in the browser for the class report: the bank and module list come from this site's own JSON. */
import type { Bank } from '$lib/extract/types';
import { generateQuiz, type Options } from '$lib/quiz/generate';
import type { ResultRecord } from '$lib/quiz/token';
import type { QuizModule } from '$lib/quiz/types';
import type { Scorer } from './report';

async function getJson<T>(fetcher: typeof fetch, path: string): Promise<T> {
	const response = await fetcher(path);
	if (!response.ok) throw new Error(`${path} answered ${response.status}; try reloading the page.`);
	return (await response.json()) as T;
}

/**
 * Whether a result is a practice round: version-2 links say so; older ones are practice when they
 * answer other questions than the full round of their seed (the ones missed, or part of it).
 */
export function practiceCheck(bank: Bank, modules: QuizModule[], options: Options = {}) {
	const rounds = new Map<string, string | null>();
	const roundOf = (record: ResultRecord): string | null => {
		const key = `${record.module}\n${record.seed}`;
		if (!rounds.has(key)) {
			const module = modules.find((m) => m.slug === record.module);
			let ids: string | null = null;
			try {
				if (module)
					ids = generateQuiz(bank, module, record.seed, options)
						.questions.map((q) => q.id)
						.join(',');
			} catch {
				ids = null;
			}
			rounds.set(key, ids);
		}
		return rounds.get(key)!;
	};
	return (record: ResultRecord): boolean => {
		if (record.meta?.practice !== undefined) return record.meta.practice;
		const round = roundOf(record);
		return round !== null && round !== record.answers.map((a) => a.question).join(',');
	};
}

/**
 * The bank, the modules and the seed texts from this site's own JSON (prerendered, and precached by
 * the service worker): with them the browser builds the very rounds and sentences the server builds.
 */
export async function loadQuizData(fetcher: typeof fetch) {
	const [bank, modules, texts] = await Promise.all([
		getJson<Bank>(fetcher, '/api/bank.json'),
		getJson<QuizModule[]>(fetcher, '/api/quiz.json'),
		getJson<Record<string, string>>(fetcher, '/api/texts.json')
	]);
	const options: Options = { texts };
	return { bank, modules, options };
}

/** Loads the bank and modules once, then scores each token locally: no link leaves the browser. */
export async function loadScorer(fetcher: typeof fetch): Promise<Scorer> {
	// The scorer (the quiz generator with it) loads only when a teacher asks for a report.
	const [{ bank, modules, options }, { scoreToken }] = await Promise.all([
		loadQuizData(fetcher),
		import('./score-token')
	]);
	const isPractice = practiceCheck(bank, modules, options);
	return (token) => {
		const scored = scoreToken(token, bank, modules, options);
		return scored.ok ? { ...scored, practice: isPractice(scored.record) } : scored;
	};
}
