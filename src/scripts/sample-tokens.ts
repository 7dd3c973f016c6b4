/** Real results tokens for the bench and the end-to-end tests, made from the running server's own bank and modules. */
import type { Bank } from '../lib/extract/types';
import { generateQuiz } from '../lib/quiz/generate';
import { encodeResult, type ResultRecord } from '../lib/quiz/token';
import type { QuizModule } from '../lib/quiz/types';

export interface Site {
	bank: Bank;
	modules: QuizModule[];
	/** Seed texts, so the rounds made here are the very rounds the server deals for a seed. */
	texts: Record<string, string>;
}

export async function loadSite(baseURL: string): Promise<Site> {
	const [bank, modules, texts] = await Promise.all(
		['/api/bank.json', '/api/quiz.json', '/api/texts.json'].map(async (path) => {
			const response = await fetch(new URL(path, baseURL));
			if (!response.ok) throw new Error(`${path} answered ${response.status}`);
			return response.json();
		})
	);
	return { bank, modules, texts };
}

/** A record for a module and seed; `right(i)` says which answers to get right. */
export function makeRecord(
	site: Site,
	slug: string,
	seed: number,
	right: (i: number) => boolean,
	name?: string
): ResultRecord {
	const module = site.modules.find((m) => m.slug === slug);
	if (!module) throw new Error(`No module ${slug}`);
	const quiz = generateQuiz(site.bank, module, seed, { texts: site.texts });
	return {
		version: 1,
		module: slug,
		seed,
		answers: quiz.questions.map((q, i) => {
			let answer = q.answer;
			if (!right(i)) {
				if (q.kind === 'estimate') answer = String(Number(q.answer) * 10);
				else if (q.multiple) answer = q.choices.map((c) => c.value).join(',');
				else if (q.kind === 'said-or-not')
					answer = answer.replace(/=(yes|no)$/, (_, v) => (v === 'yes' ? '=no' : '=yes'));
				else answer = q.choices.find((c) => c.value !== q.answer)?.value ?? 'none';
			}
			return {
				question: q.id,
				answer,
				confidence: i % 3 === 0 ? null : i % 3 === 1 ? 'sure' : 'unsure'
			};
		}),
		...(name ? { name } : {})
	};
}

export function makeToken(...args: Parameters<typeof makeRecord>): string {
	return encodeResult(makeRecord(...args));
}
