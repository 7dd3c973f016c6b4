/** Assembles the evidence an explainer page needs: its quotes, figures, cites, graphics and checkpoints. */
import type { Bank } from '$lib/extract/types';
import { citeKey, type AccusationMap, type Evidence } from '$lib/explainer/evidence';
import { citeView, cncertFigures, figureView, quoteView, resolveSeed } from './evidence';
import type { Explainer } from './explainers';
import { ACCUSATIONS, EVENTS, PARTIES } from './story';
import { checkpointFor } from './checkpoints';

const STORY = 'src/lib/server/story.ts';

function seedOf(bank: Bank, prefix: string): string {
	const seed = resolveSeed(bank, prefix);
	if (!seed) throw new Error(`${STORY}: "${prefix}" names no single seed`);
	return seed;
}

export function timeline(bank: Bank) {
	return EVENTS.map((e) => ({
		date: e.date,
		label: e.label,
		side: e.side,
		cite: citeView(bank, seedOf(bank, e.seed), e.paragraph)
	})).sort((a, b) => a.date.localeCompare(b.date));
}

export function accusationMap(bank: Bank): AccusationMap {
	return {
		nodes: PARTIES.map((p) => ({ id: p.id, label: p.label, side: p.side })),
		edges: ACCUSATIONS.map((a) => {
			const quote = a.response?.quote ? bank.quotes[a.response.quote] : undefined;
			if (a.response?.quote && !quote) {
				throw new Error(
					`${STORY}: accusation "${a.id}" names quote ${a.response.quote}, not in the bank`
				);
			}
			return {
				id: a.id,
				from: a.from,
				to: a.to,
				charge: a.charge,
				year: a.year,
				cite: citeView(bank, seedOf(bank, a.seed), a.paragraph),
				response: a.response && {
					words: a.response.words,
					quote: quote ? quoteView(bank, quote) : null,
					cite: citeView(bank, seedOf(bank, a.response.seed), a.response.paragraph)
				}
			};
		})
	};
}

export function explainerEvidence(bank: Bank, explainer: Explainer): Evidence {
	const uses = (graphic: string) => explainer.graphics.includes(graphic);
	const map = uses('map') ? accusationMap(bank) : { nodes: [], edges: [] };
	const chart = uses('cncert') ? cncertFigures(bank) : [];
	// An empty chart would pass every id check and still mislead: fail the build instead.
	if (uses('cncert') && chart.length === 0) {
		throw new Error(`${explainer.file}: the CNCERT chart found no CNCERT figures in the bank`);
	}
	return {
		quotes: Object.fromEntries(
			explainer.quotes.map((id) => [id, quoteView(bank, bank.quotes[id]!)])
		),
		figures: Object.fromEntries(explainer.figures.map((id) => [id, figureView(bank, id)])),
		cites: Object.fromEntries(
			explainer.cites.map((c) => [
				citeKey(c.name, c.paragraph),
				citeView(bank, c.seed, c.paragraph)
			])
		),
		timeline: uses('timeline') ? timeline(bank) : [],
		chart,
		map,
		checkpoints: Object.fromEntries(
			explainer.checkpoints.map((id) => [id, checkpointFor(bank, id)])
		)
	};
}
