/** Tokens: words and punctuation with offsets, flagged when inside a quote. */
import type { Span } from './types';

export interface Token extends Span {
	t: string;
	lower: string;
	/** Starts with a capital letter (or is a dotted abbreviation like U.S.). */
	cap: boolean;
	word: boolean;
	/** Inside a quotation (reporter's words are outside). */
	quoted: boolean;
	/** Index of the sentence in the paragraph. */
	sent: number;
}

const TOKEN =
	/(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Prof|Rev|Hon|Sr|Jr|St)\.(?=\s)|\p{Lu}\.(?=\s\p{Lu})|(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}]+(?:[-'’&.][\p{L}\p{N}]+)*(?:['’](?![\p{L}]))?|\S/gu;

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isS = (c: number): boolean => c === 115 || c === 83;

/** Tokenize text[s, e); quotes are content spans (marks included by widening by one). */
export function tokenize(
	text: string,
	s: number,
	e: number,
	sentences: Span[],
	quotes: Span[]
): Token[] {
	const out: Token[] = [];
	const slice = text.slice(s, e);
	TOKEN.lastIndex = 0;
	let m: RegExpExecArray | null;
	let si = 0;
	let qi = 0;
	while ((m = TOKEN.exec(slice)) !== null) {
		let t = m[0];
		// A trailing apostrophe belongs to a possessive plural ("workers'") only after s.
		if (
			t.length > 1 &&
			isApostrophe(t.charCodeAt(t.length - 1)) &&
			!isS(t.charCodeAt(t.length - 2))
		) {
			t = t.slice(0, -1);
			TOKEN.lastIndex = m.index + t.length;
		}
		const start = s + m.index;
		const end = start + t.length;
		while (si < sentences.length - 1 && sentences[si]!.end <= start) si++;
		while (qi < quotes.length && quotes[qi]!.end + 1 <= start) qi++;
		const q = quotes[qi];
		const quoted = q !== undefined && start >= q.start - 1 && end <= q.end + 1;
		const c0 = t.charCodeAt(0);
		const word =
			c0 < 128
				? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)
				: /[\p{L}\p{N}]/u.test(t);
		const lower = t.toLowerCase();
		out.push({
			start,
			end,
			t,
			lower,
			cap: word && (c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(t)),
			word,
			quoted,
			sent: si
		});
	}
	return out;
}
