/** A round being assembled: remembers what its questions show and keep secret, and refuses a question that would leak. */
import type { Bank } from '$lib/extract/types';
import { secretOf, shownTexts, wordsOf } from './integrity';
import { numbersIn, valueKey } from './numbers';
import type { Question } from './types';

/** A question's shown text and secret, prepared once so checking a pair is a few lookups. */
interface Entry {
	/** Every value the shown texts state, as keys. */
	numbers: Set<string>;
	/** The shown texts as lower-case words, each text padded with spaces. */
	words: string;
	value?: string;
	/** Word runs of the secret quote: any one shown gives it away. */
	runs: string[];
}

/** Runs of eight words (or the whole quote, and its last four words, when shorter). */
function runsOf(quote: string | undefined): string[] {
	if (!quote) return [];
	const q = wordsOf(quote);
	if (q.length < 3) return [];
	if (q.length <= 8) return [` ${q.join(' ')} `, ` ${q.slice(-4).join(' ')} `];
	const out: string[] = [];
	for (let i = 0; i + 8 <= q.length; i++) out.push(` ${q.slice(i, i + 8).join(' ')} `);
	return out;
}

/** Numbers and words of one text, cached: passages repeat across every round. */
const prepared = new Map<string, { numbers: string[]; words: string }>();
function prepare(text: string) {
	let hit = prepared.get(text);
	if (!hit) {
		hit = { numbers: numbersIn(text).map(valueKey), words: ` ${wordsOf(text).join(' ')} ` };
		if (prepared.size > 20000) prepared.clear();
		prepared.set(text, hit);
	}
	return hit;
}

export function entryOf(bank: Bank, texts: Record<string, string> | undefined, q: Question): Entry {
	const shown = shownTexts(bank, texts, q).map(prepare);
	const secret = secretOf(bank, q);
	return {
		numbers: new Set(shown.flatMap((t) => t.numbers)),
		words: shown.map((t) => t.words).join('|'),
		...(secret.value !== undefined ? { value: valueKey(secret.value) } : {}),
		runs: runsOf(secret.quote)
	};
}

/** Whether what `a` shows gives away the secret of `b`. */
export function gives(a: Entry, b: Entry): boolean {
	if (b.value !== undefined && a.numbers.has(b.value)) return true;
	return b.runs.some((run) => a.words.includes(run));
}

export class Round {
	readonly #entries: Entry[] = [];
	readonly #cache = new Map<string, { entry: Entry; checked: number }>();

	constructor(
		readonly bank: Bank,
		readonly texts: Record<string, string> | undefined
	) {}

	#prepared(q: Question) {
		let hit = this.#cache.get(q.id);
		if (!hit) {
			hit = { entry: entryOf(this.bank, this.texts, q), checked: 0 };
			this.#cache.set(q.id, hit);
		}
		return hit;
	}

	/** Whether the question neither shows another's answer nor has its own shown by another. */
	fits(q: Question): boolean {
		const hit = this.#prepared(q);
		// Entries only grow, so each pair is checked once.
		for (; hit.checked < this.#entries.length; hit.checked++) {
			const other = this.#entries[hit.checked]!;
			if (gives(other, hit.entry) || gives(hit.entry, other)) return false;
		}
		return true;
	}

	add(q: Question): void {
		this.#entries.push(this.#prepared(q).entry);
	}
}
