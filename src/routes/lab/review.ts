/** The teacher's review edits, each returning a new review (the bank is rebuilt from it). */
import type { LabReview } from '$lib/lab';

export function withSpeaker(review: LabReview, item: string, entity: string): LabReview {
	const newSpeakers = { ...review.newSpeakers };
	// A typed name wins over a chosen one in the bank: choosing again replaces it.
	delete newSpeakers[item];
	return { ...review, speaker: { ...review.speaker, [item]: entity }, newSpeakers };
}

export function withTyped(review: LabReview, item: string, name: string): LabReview {
	return { ...review, newSpeakers: { ...review.newSpeakers, [item]: name } };
}

export function withDropped(review: LabReview, item: string, dropped: boolean): LabReview {
	const rest = (review.exclude ?? []).filter((id) => id !== item);
	return { ...review, exclude: dropped ? [...rest, item] : rest };
}

export function withRelation(
	review: LabReview,
	kind: 'same' | 'speaksFor',
	a: string,
	b: string | null
): LabReview {
	const relations = { ...review.relations };
	if (kind === 'same') {
		const same = (relations.same ?? []).filter(([x, y]) => `${x}~${y}` !== `${a}~${b}`);
		relations.same = [...same, [a, b ?? a]];
	} else {
		relations.speaksFor = { ...relations.speaksFor, [a]: b };
	}
	return { ...review, relations };
}

/** `key` is `a~b` for a same-actor pair, the speaker's id for speaks-for. */
export function withoutRelation(
	review: LabReview,
	kind: 'same' | 'speaksFor',
	key: string
): LabReview {
	const relations = { ...review.relations };
	if (kind === 'same')
		relations.same = (relations.same ?? []).filter(([a, b]) => `${a}~${b}` !== key);
	else {
		const speaksFor = { ...relations.speaksFor };
		delete speaksFor[key];
		relations.speaksFor = speaksFor;
	}
	return { ...review, relations };
}
