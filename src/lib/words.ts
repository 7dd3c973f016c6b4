/** Small numbers as words for prose ("five articles"); larger ones stay as digits. */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function numberWord(n: number): string {
	return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : String(n);
}
