/** Stage of figures: the number in digits at a position — a currency sign, thousands, decimals — read once. */

const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/** A currency sign ($ € £ ¥, as in CURRENCY) starts a figure as a digit does: tested by char code. */
export const isCurrencySign = (c: number): boolean =>
	c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;

/** Whether text[k] is an ASCII digit (`\d` without the u flag). */
const isDigitAt = (text: string, k: number): boolean => {
	const c = text.charCodeAt(k);
	return c >= 48 && c <= 57;
};

/**
 * End of the number starting at k, as `\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?` would match it
 * (thousands grouped by commas, or plain digits; then decimals), or -1: by char code, once per number.
 * Past e (the end of what is read, k <= e) it stops: a number that crosses e ends after it, and a
 * megabyte of digits read in pieces is not counted to its end once per piece.
 */
export function numberEnd(text: string, k: number, e = text.length): number {
	let end = k;
	while (end <= e && isDigitAt(text, end)) end++;
	if (end === k) return -1;
	// Groups of a comma and three digits follow one to three digits only.
	if (end - k <= 3)
		while (
			end <= e &&
			text.charCodeAt(end) === 44 &&
			isDigitAt(text, end + 1) &&
			isDigitAt(text, end + 2) &&
			isDigitAt(text, end + 3)
		)
			end += 4;
	if (text.charCodeAt(end) === 46 && isDigitAt(text, end + 1)) {
		end += 2;
		while (end <= e && isDigitAt(text, end)) end++;
	}
	return end;
}

/** A number in digits, read once: the stages below fill in its value, scale, currency, word before. */
export interface NumberAt {
	i: number;
	s: number;
	e: number;
	raw: string;
	value: number;
	numEnd: number;
	currency: string | null;
	pw: string;
}

/** The number at i, after a currency sign if there is one; null when no number starts there. */
export function digitsAt(text: string, i: number, s: number, e: number): NumberAt | null {
	let k = i;
	let currency: string | null = null;
	if (CURRENCY[text[i]!]) {
		currency = CURRENCY[text[i]!]!;
		k++;
		while (k < e && text[k] === ' ') k++;
	}
	const numEnd = numberEnd(text, k, e);
	if (numEnd < 0 || numEnd > e) return null;
	return { i, s, e, raw: text.slice(k, numEnd), value: 0, numEnd, currency, pw: '' };
}
