/**
 * Link groups: which quotes and which figures of different articles are the same, found without
 * testing every pair, so that several long pastes link in time that grows with their size.
 */
import type { Figure, Quote } from './types';
import { normWords } from './ids';
import { disjointSets, listAdd } from './grouping';

/** Share of words two wordings (not empty) have in common, against the longer one. */
export function similarity(a: string[], b: string[]): number {
	const counts = new Map<string, number>();
	for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
	let common = 0;
	for (const w of b) {
		const c = counts.get(w);
		if (c) {
			common++;
			counts.set(w, c - 1);
		}
	}
	return common / Math.max(a.length, b.length);
}

/** One article's quotes of identical words. */
interface Wording {
	seed: string;
	words: string[];
	quotes: Quote[];
	/** The keys it is filed under: its distinct words, rarest first, as many as prefix filtering needs. */
	filed: string[];
}

/**
 * Quotes that link: the same words (two or three of them), or at least four words of which 60 %
 * of the longer are shared, in different articles. One article's identical wordings are one class.
 * Classes are read article by article and filed once their article is read, so that each meets
 * only other articles' classes: those filed under one of its keys. A short wording's one key is its
 * words; a long one's are found by prefix filtering: with the words ordered rarest first, two
 * wordings sharing 60 % share one of their first ⌊2n/5⌋ + 1 distinct words.
 */
export function quoteGroups(quotes: Quote[]): Quote[][] {
	const byWords = new Map<string, Wording>();
	for (const q of quotes) {
		const words = normWords(q.text);
		const said = words.join(' ');
		const key = q.seed + '\0' + said;
		if (!words[1]) continue; // one word links nothing
		// A word repeated adds to the shared count at most what it adds to the length: distinct words.
		(
			byWords.get(key) ??
			byWords
				.set(key, {
					seed: q.seed,
					words,
					quotes: [],
					filed: words[3] ? [...new Set(words)] : [said]
				})
				.get(key)!
		).quotes.push(q);
	}
	// A key starts with its article's seed: sorted keys bring each article's classes together.
	const classes = [...byWords.keys()].sort().map((k) => byWords.get(k)!);
	const sets = disjointSets(classes);
	const freq = new Map<string, number>();
	for (const c of classes) for (const w of c.filed) freq.set(w, (freq.get(w) ?? 0) + 1);
	// The classes filed under each key, by set: a set holding the class already is passed over whole.
	const postings = new Map<string, Map<Wording, Wording[]>>();
	let unfiled: Wording[] = [];
	classes.forEach((a, i) => {
		if (a.seed !== classes[i - 1]?.seed) {
			for (const c of unfiled)
				for (const w of c.filed)
					listAdd(postings.get(w) ?? postings.set(w, new Map()).get(w)!, sets.find(c), c);
			unfiled = [];
		}
		unfiled.push(a);
		a.filed = a.filed
			.sort((x, y) => freq.get(x)! - freq.get(y)! || (x > y ? 1 : -1))
			.slice(0, ((a.words.length * 2) / 5 + 1) | 0);
		for (const w of a.filed) {
			const bySet = new Map<Wording, Wording[]>();
			// `a` stays the root of its set while it is read: the sets it meets join under it.
			for (const [r, members] of postings.get(w) ?? []) {
				if (sets.find(r) !== a)
					for (const b of members)
						if (similarity(a.words, b.words) >= 0.6) {
							sets.union(b, a);
							break;
						}
				// Sets that have met since share one list, the shorter copied into the longer.
				const root = sets.find(r);
				const held = bySet.get(root) ?? [];
				const long = held.length < members.length ? members : held;
				for (const b of long === held ? members : held) long.push(b);
				bySet.set(root, long);
			}
			postings.set(w, bySet);
		}
	});
	return sets.sets().map((set) => set.flatMap((c) => c.quotes));
}

/** Two values, `a`'s the lower, within half a percent of the larger in size. */
const near = (a: Figure, b: Figure): boolean =>
	b.value - a.value <= Math.max(-a.value, b.value) * 0.005;

/**
 * Figures that link: the same kind and unit, values within half a percent, in different articles,
 * and, when either value is under ten, a counted word of more than three letters in common. Each
 * such pair shares a block (kind and unit, for values of ten and more; kind, unit and a counted
 * word, for all). In a block sorted by value, a figure near another is near all between them, so
 * joining each figure to the nearest figure of another article on either side, when near, makes
 * the same sets as joining every pair: each run of one article is walked back once, by the figure
 * after it.
 */
export function figureGroups(figures: Figure[]): Figure[][] {
	const blocks = new Map<string, Figure[]>();
	for (const f of figures) {
		if (f.kind === 'year' || f.kind === 'date') continue;
		const key = `${f.kind}\0${f.unit}`;
		if (f.value >= 10) listAdd(blocks, key, f);
		for (const w of normWords(f.counts)) if (w[3]) listAdd(blocks, `${key}\0${w}`, f);
	}
	// Only figures in a block can link: of a year, or of a small count of nothing, none can.
	const sets = disjointSets([...blocks.values()].flat());
	for (const block of blocks.values()) {
		block.sort((f, g) => f.value - g.value);
		let other = -1; // the last figure before this one of another article
		block.forEach((f, k) => {
			if (k && block[k - 1]!.seed !== f.seed)
				for (
					let m = (other = k - 1);
					block[m]?.seed === block[other]!.seed && near(block[m]!, f);
					m--
				)
					sets.union(f, block[m]!);
			else if (other >= 0 && near(block[other]!, f)) sets.union(f, block[other]!);
		});
	}
	return sets.sets();
}
