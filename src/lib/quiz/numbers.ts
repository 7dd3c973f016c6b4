/** Reads every number a text states, however it is spelled ("57,000", "57000", "fifty-seven thousand", "1.2 million"). */

/** Number words from one to ninety: shared with the estimate parser. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};
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
