/** Results links on the server: decoded, checked against their quiz's round and scored from the bank. */
import { quizModules } from './content';
import { quizBank, quizOptions } from './quiz';
import { scoreToken, type TokenScore } from '$lib/share/score-token';

/** Not cached here: browsers and CDNs cache the pages and cards made from it (hooks.server.ts). */
export function scoreOnServer(token: string): TokenScore {
	return scoreToken(token, quizBank(), quizModules, quizOptions);
}
