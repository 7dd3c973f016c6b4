/** Run shapes: what the words of a capitalised run are (titles, places, organisation and media words)
 *  and where a personal name in it starts. */
import type { Token } from './tokens';
import { PLACES } from './lexicon';
import type { NameRun } from './persons';
import { baseWord, CONNECT, factsOf, isPossessive, isTitle, PARTICLES } from './words';
import { startsUpper } from './chars';

/** Titles that are also common surnames. */
const SURNAME_TITLES = /^(?:King|Major|Judge|Dean|Bishop|Prince|Pope)$/;

const COURTESY = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|rev)\.?$/i;

/** What the words of a run are: places, organisation or media words, titles, and where a name starts. */
export interface RunShape extends NameRun {
	multiPlace: ReadonlySet<number>;
	hasOrg: boolean;
	hasMedia: boolean;
}

/** First words of the two-word places ("hong kong"): only after one can a word pair be a place. */
const PLACE_PAIR_FIRST = new Set(
	Object.keys(PLACES)
		.filter((k) => k.includes(' '))
		.map((k) => k.split(' ')[0]!)
);
const NO_PAIRS: ReadonlySet<number> = new Set();

/** Indexes of the run's words that form a two-word place ("Hong Kong"). */
function placePairs(tokens: Token[], s: number, words: string[]): ReadonlySet<number> {
	let pairs: Set<number> | null = null;
	for (let k = 0; k + 1 < words.length; k++) {
		if (!PLACE_PAIR_FIRST.has(tokens[s + k]!.lower)) continue;
		if (!PLACES[`${words[k]} ${baseWord(words[k + 1]!)}`.toLowerCase()]) continue;
		pairs ??= new Set();
		pairs.add(k);
		pairs.add(k + 1);
	}
	return pairs ?? NO_PAIRS;
}

/** "Mr. King", "Dana King": word k is a surname even when it is a title word, after a courtesy title,
 *  or as a title word that is also a surname closing the run after a first name. */
function isSurnameAt(words: string[], k: number): boolean {
	if (k === 0) return false;
	const before = words[k - 1]!;
	if (COURTESY.test(before)) return true;
	if (!SURNAME_TITLES.test(words[k]!) || k !== words.length - 1) return false;
	const f = factsOf(before);
	return f.name && !f.title && !f.place && !f.org && !f.media;
}

/** Classify the run's words and find where a personal name starts: after the last title, place or
 *  organisation word. One pass over the words (this runs for every capitalised run). */
export function shapeOf(
	tokens: Token[],
	i: number,
	j: number,
	s: number,
	words: string[]
): RunShape {
	const multiPlace = placePairs(tokens, s, words);
	let last = -1;
	let lastTitle = -1;
	let lastOrg = -1;
	let firstTitle = -1;
	let hasOrg = false;
	let anyMedia = false;
	// Whether the words one and two back are titles, for "Secretary of State".
	let titleBack1 = false;
	let titleBack2 = false;
	for (let k = 0; k < words.length; k++) {
		const w = words[k]!;
		const lw = tokens[s + k]!.lower;
		const f = factsOf(w);
		const titleWord = f.title;
		const title = titleWord && !isSurnameAt(words, k);
		// "Secretary of State Ana Ruiz": the word after a title's "of" belongs to the title.
		const titleOf = k >= 2 && tokens[s + k - 1]!.lower === 'of' && titleBack2;
		const org = f.org;
		const media = f.media;
		if (
			title ||
			titleOf ||
			f.place ||
			multiPlace.has(k) ||
			org ||
			media ||
			isPossessive(w) ||
			(CONNECT.has(lw) &&
				!(PARTICLES.has(w) && k > 0 && startsUpper(words[k - 1]!) && !isTitle(words[k - 1]!)))
		)
			last = k;
		if (title) lastTitle = k;
		if (org || media) lastOrg = k;
		if (titleWord && firstTitle < 0) firstTitle = k;
		hasOrg ||= org;
		anyMedia ||= media;
		titleBack2 = titleBack1;
		titleBack1 = title;
	}
	const titled = firstTitle >= 0 && firstTitle <= last && lastOrg < lastTitle;
	const hasMedia = anyMedia && !hasOrg;
	return { i, j, s, words, last, titled, multiPlace, hasOrg, hasMedia };
}
