/** Results links on the server: scored once per token (a result is a pure function of it) and kept in an LRU. */
import { quizModules } from './content';
import { Lru } from './lru';
import { quizBank, quizOptions } from './quiz';
import { scoreToken, type TokenScore } from '$lib/share/score-token';

const scores = new Lru<string, TokenScore>(500);

export function scoreOnServer(token: string): TokenScore {
	const cached = scores.get(token);
	if (cached) return cached;
	const scored = scoreToken(token, quizBank(), quizModules, quizOptions);
	scores.set(token, scored);
	return scored;
}
