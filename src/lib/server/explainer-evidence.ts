/** Assembles the evidence an explainer page needs: its quotes, figures, cites, graphics and checkpoints. */
import type { Bank } from '$lib/extract/types';
import {
	citeKey,
	type AccusationMap,
	type Evidence,
	type FigureBars,
	type Timeline
} from '$lib/explainer/evidence';
import { citeView, figureView, quoteView } from './evidence';
import type { Explainer } from './explainers';
import type { StoryData } from './story-data';
import { checkpointFor } from './checkpoints';

export function timeline(bank: Bank, story: StoryData): Timeline {
	const data = story.timeline;
	if (!data) return { from: 0, to: 0, events: [] };
	const events = data.events
		.map((e) => ({
			date: e.date,
			label: e.label,
			side: e.side,
			cite: citeView(bank, e.source.seed, e.source.paragraph)
		}))
		.sort((a, b) => a.date.localeCompare(b.date));
	return { from: data.from, to: data.to, events };
}

export function accusationMap(bank: Bank, story: StoryData): AccusationMap {
	const data = story.accusationMap;
	if (!data) return { nodes: [], edges: [] };
	return {
		nodes: data.parties.map((p) => ({ id: p.id, label: p.label, side: p.side })),
		edges: data.accusations.map((a) => ({
			id: a.id,
			from: a.accuser,
			to: a.accused,
			accuserAs: a.accuserAs,
			charge: a.charge,
			date: a.date,
			cite: citeView(bank, a.source.seed, a.source.paragraph),
			response: {
				printed: a.response.printed,
				words: a.response.words,
				quote: a.response.quote ? quoteView(bank, bank.quotes[a.response.quote]!) : null,
				cite: a.response.source
					? citeView(bank, a.response.source.seed, a.response.source.paragraph)
					: null
			}
		}))
	};
}

export function figureBars(bank: Bank, story: StoryData): FigureBars {
	const data = story.figureBars;
	return {
		scale: data?.scale ?? 'log',
		figures: (data?.figures ?? []).map((id) => figureView(bank, id))
	};
}

export function explainerEvidence(bank: Bank, explainer: Explainer): Evidence {
	const { story } = explainer;
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
		timeline: timeline(bank, story),
		bars: figureBars(bank, story),
		map: accusationMap(bank, story),
		cards: explainer.cards,
		checkpoints: Object.fromEntries(
			explainer.checkpoints.map((id) => [id, checkpointFor(bank, id)])
		)
	};
}
