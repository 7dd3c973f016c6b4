/** Reads pasted links and scores them in the browser: loaded only when a teacher asks for a report. */
import { buildReport, type ClassReport } from '$lib/share/report';
import { readReportInput } from '$lib/share/report-input';
import { loadScorer } from '$lib/share/score-client';
import { withLabResults } from './lab-scorer';

export async function makeReport(
	text: string,
	fetcher: typeof fetch
): Promise<{ ok: true; report: ClassReport } | { ok: false; error: string }> {
	const found = readReportInput(text);
	if (found.links.length === 0) {
		return {
			ok: false,
			error: 'No results links found. Paste links that contain /results/, one per line.'
		};
	}
	const score = await withLabResults(found.links, await loadScorer(fetcher));
	return { ok: true, report: buildReport(found, score) };
}
