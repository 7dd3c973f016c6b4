/** Lab results links in the class report: decoded and scored in this browser, grouped by their quiz's fingerprint. */
import type { ReportLink, Scored, Scorer } from '$lib/share/report';
import { LAB_TOKEN } from '$lib/share/links';

type Outcome = Scored | { ok: false; error: string };

/**
 * A scorer that reads lab results as well as seed quiz results. Lab links carry their quiz, so they
 * are decoded (asynchronously, hence up front) and scored with the lab's own scorer; the library
 * loads only when such a link was pasted.
 */
export async function withLabResults(links: ReportLink[], score: Scorer): Promise<Scorer> {
	const tokens = links
		.map((l) => l.token)
		.filter((t): t is string => t !== null && t.startsWith(LAB_TOKEN));
	if (tokens.length === 0) return score;
	const { decodeLabResult, labRecord, scoreLabResult } = await import('$lib/lab/result');
	const outcomes = new Map<string, Outcome>();
	for (const token of new Set(tokens)) {
		try {
			const result = await decodeLabResult(token.slice(LAB_TOKEN.length));
			outcomes.set(token, { ok: true, result: scoreLabResult(result), record: labRecord(result) });
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			outcomes.set(token, { ok: false, error: message });
		}
	}
	return (token) => outcomes.get(token) ?? score(token);
}
