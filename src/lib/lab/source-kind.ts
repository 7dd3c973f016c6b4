/** What kind of source a speaker is, in words a reader uses: "a document", "a survey"; people need none. */
import type { Entity } from '$lib/extract/types';

const KIND: Record<Entity['type'], string | null> = {
	person: null,
	agency: 'an organisation',
	company: 'a company',
	media: 'a publication',
	document: 'a document',
	survey: 'a survey',
	group: 'a group'
};

/** The kind of a non-person source, or null for a person or when its name already says it ("survey"). */
export function sourceKind(e: Pick<Entity, 'name' | 'type'>): string | null {
	const kind = KIND[e.type];
	if (!kind) return null;
	const noun = kind.split(' ').pop()!;
	return e.name.toLowerCase().split(/\s+/).includes(noun) ? null : kind;
}
