/** Reads every number a text states, however it is spelled ("57,000", "57000", "fifty-seven thousand", "1.2 million"). */

import { NUMBER_WORDS } from './number-words';

export { NUMBER_WORDS };
const UNITS: Record<string, number> = { ...NUMBER_WORDS, dozen: 12 };
const SCALES: Record<string, number> = {
	hundred: 100,
	thousand: 1e3,
	k: 1e3,
	million: 1e6,
	m: 1e6,
	mn: 1e6,
	billion: 1e9,
	bn: 1e9,
	trillion: 1e12
};

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?|%/gi;

/** A stable key for comparing values: twelve significant digits, no float noise. */
export function valueKey(value: number): string {
	return String(Number(value.toPrecision(12)));
}

/** Every value the text states; a scaled number also counts as its bare digits ("1.18 million" → 1180000, 1.18). */
export function numbersIn(text: string): number[] {
	const out: number[] = [];
	const tokens = [...text.matchAll(TOKEN)].map((m) => m[0].toLowerCase());
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i]!;
		let value: number | null = null;
		if (/^\d/.test(t)) value = Number(t.replace(/,/g, ''));
		else {
			const parts = t.split('-');
			if (parts.every((p) => UNITS[p] !== undefined))
				value = parts.reduce((s, p) => s + UNITS[p]!, 0);
		}
		if (value === null) {
			i++;
			continue;
		}
		out.push(value);
		let total = value;
		let j = i + 1;
		// "fifty-seven thousand", "two hundred thousand", "1.2 million".
		while (j < tokens.length && SCALES[tokens[j]!] !== undefined) {
			total *= SCALES[tokens[j]!]!;
			out.push(total);
			j++;
		}
		// "three hundred and twelve", "two thousand five hundred"
		while (j < tokens.length && /^[a-z]/.test(tokens[j]!) && total >= 100) {
			const parts = tokens[j]!.split('-');
			if (!parts.every((p) => UNITS[p] !== undefined)) break;
			total += parts.reduce((s, p) => s + UNITS[p]!, 0);
			out.push(total);
			j++;
		}
		i = j;
	}
	return out;
}

/** Whether the text states the value in any spelling. */
export function statesValue(text: string, value: number): boolean {
	const key = valueKey(value);
	return numbersIn(text).some((v) => valueKey(v) === key);
}
