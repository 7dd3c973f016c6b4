import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { sentences } from './segment';
import type { Span } from './types';

/** Every field of every token, read back against the text, the sentences and the quote spans. */
function checkTokens(text: string, quotes: Span[]): number {
	const sents = sentences(text, 0, text.length);
	const tokens = tokenize(text, 0, text.length, sents, quotes);
	for (const tk of tokens) {
		const sent = sents.findIndex((s) => tk.start < s.end);
		expect({
			t: tk.t,
			end: tk.end,
			lower: tk.lower,
			word: tk.word,
			cap: tk.cap,
			quoted: tk.quoted,
			sent: tk.sent
		}).toEqual({
			t: text.slice(tk.start, tk.start + tk.t.length),
			end: tk.start + tk.t.length,
			lower: tk.t.toLowerCase(),
			word: /^[\p{L}\p{N}]/u.test(tk.t),
			cap: /^\p{Lu}/u.test(tk.t),
			quoted: quotes.some((q) => tk.start >= q.start - 1 && tk.end <= q.end + 1),
			sent: sent === -1 ? sents.length - 1 : sent
		});
	}
	return tokens.length;
}

describe('tokenize', () => {
	it('gives each token its words, case, quotedness and sentence', () => {
		const text =
			'Mr. Osei said: “We will build 40 homes.” The Élan Trust’s chair, U.S. born, agreed.';
		const open = text.indexOf('“') + 1;
		expect(checkTokens(text, [{ start: open, end: text.indexOf('”') }])).toBe(22);
	});
	it('keeps the sentence index right past the low bits it is packed beside', () => {
		const text = Array.from({ length: 700 }, (_, i) => `Item ${i} is “fine”.`).join(' ');
		const quotes: Span[] = [];
		for (let k = text.indexOf('“'); k >= 0; k = text.indexOf('“', k + 1))
			quotes.push({ start: k + 1, end: text.indexOf('”', k) });
		expect(checkTokens(text, quotes)).toBe(700 * 7);
	});
});
