/** Checks a `<Step focus>` against what its graphic can show, so a typo fails the build instead of highlighting nothing. */
import type { Bank } from '$lib/extract/types';
import type { GraphicName } from '$lib/scrolly/graphics';
import type { StoryData } from './story-data';

const parts = (focus: string): string[] => focus.split(',').map((f) => f.trim());

/** Why this focus cannot work on this graphic, or null when every part names something it shows. */
export function focusProblem(
	bank: Bank,
	story: StoryData,
	graphic: GraphicName,
	focus: string
): string | null {
	const wrong = (valid: string[], what: string): string | null => {
		const unknown = parts(focus).filter((p) => !valid.includes(p));
		return unknown.length
			? `the ${graphic} graphic has no ${what} "${unknown.join('", "')}"; it has ${valid.join(', ')}`
			: null;
	};
	switch (graphic) {
		case 'quote-cards':
			return focus.startsWith('q-') && !focus.includes(',')
				? null
				: 'the quote-cards graphic focuses one quote id (q-…)';
		case 'accusation-map':
			return wrong(
				(story.accusationMap?.accusations ?? []).map((a) => a.id),
				'accusation'
			);
		case 'figure-bars':
			return wrong(
				[
					...new Set((story.figureBars?.figures ?? []).map((id) => String(bank.figures[id]!.value)))
				],
				'figure value'
			);
		case 'timeline': {
			// A year or date prefix ("2014", "2014-05") that at least one event's date starts with.
			const events = story.timeline?.events ?? [];
			const unknown = parts(focus).filter(
				(p) => p === '' || !events.some((e) => e.date.startsWith(p))
			);
			return unknown.length ? `the timeline has no event dated "${unknown.join('", "')}"` : null;
		}
	}
}
