/** The share link of a lab quiz: pack, compress, and on the way back check everything. */
import { decodeLink, encodeLink, LabLinkError, type LinkKind } from './fragment';
import type { PackedQuiz } from './types';
import { checkPackedQuiz } from './validate';

export const QUIZ_LINK: LinkKind = { tag: 'q1', noun: 'quiz link' };

/** Fragments longer than this are better handed out as a file (some chat apps and QR codes cut them). */
export const LINK_SAFE_LENGTH = 8000;

export function encodeFragment(packed: PackedQuiz): Promise<string> {
	return encodeLink(QUIZ_LINK, packed);
}

/** The quiz a fragment carries; throws a LabLinkError naming what is wrong, never anything else. */
export async function decodeFragment(s: string): Promise<PackedQuiz> {
	const value = await decodeLink(QUIZ_LINK, s);
	const checked = checkPackedQuiz(value);
	if (!checked.ok)
		throw new LabLinkError(
			`This quiz link is damaged: ${checked.problem}. Ask for the link again, or copy all of it.`
		);
	return checked.quiz;
}
