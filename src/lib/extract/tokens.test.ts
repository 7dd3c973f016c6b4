import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOKEN, tokenize } from './tokens';
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
	it('cuts any text as the token pattern alone does (the ASCII fast path included)', () => {
		// The reference reads every token with TOKEN from where the last ended, spaces skipped, and
		// keeps a trailing apostrophe only after an s ("workers'"), as tokenize's own rule says.
		const byPattern = (text: string): string[] => {
			const re = new RegExp(TOKEN.source, 'gu');
			const out: string[] = [];
			for (let p = 0; ;) {
				while (p < text.length && /\s/.test(text[p]!)) p++;
				if (p >= text.length) return out;
				re.lastIndex = p;
				let t = re.exec(text)![0];
				if (t.length > 1 && /['’]$/.test(t) && !/[sS]['’]$/.test(t)) t = t.slice(0, -1);
				out.push(t);
				p += t.length;
			}
		};
		const unit = fc.constantFrom(..."aZs09 .'’-&,é\u00a0“”—«…".split(''), 'Mr.', '2019.', 'U.S.');
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
				const words = tokenize(text, 0, text.length, [{ start: 0, end: text.length }], []);
				expect(words.map((w) => w.t)).toEqual(byPattern(text));
			}),
			{ numRuns: 1500 }
		);
		expect(tokenize('in 2019. A', 0, 10, [{ start: 0, end: 10 }], []).map((w) => w.t)).toEqual([
			'in',
			'2019',
			'.',
			'A'
		]);
	});
});
