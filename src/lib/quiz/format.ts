/** Writes a number the way a figure's original words do ("1.18 million", "2,077", "five", "$1.27 trillion"). */
import type { Figure } from '$lib/extract/types';
import { normalise } from './plain-number';

const WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty'
];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, hundred: 100 };
const SCALES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};

const NUMBER =
	/(\$)?(?:(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)\b)(?:\s+(thousand|million|billion|trillion)\b)?(%|\s+percent\b)?/i;

/** The part of a figure's words that is the number: where it sits and how it is written. */
export interface NumberStyle {
	/** Offsets of the number inside `figure.text`. */
	start: number;
	end: number;
	dollar: boolean;
	commas: boolean;
	decimals: number;
	word: 'lower' | 'capital' | null;
	/** value = written number × scale (1e6 for "million"; also units the text leaves implicit). */
	scale: number;
	scaleWord: string;
	suffix: string;
}

/** Reads how a figure writes its number, or null when it is not written as one ("a third", "cut in half"). */
export function numberStyle(figure: Figure): NumberStyle | null {
	const match = NUMBER.exec(figure.text);
	if (!match || !Number.isFinite(figure.value) || figure.value <= 0) return null;
	const [whole, dollar, digits, fraction, word, scaleWord, suffix] = match;
	let written: number;
	if (word) {
		const lower = word.toLowerCase();
		written = WORDS.indexOf(lower) >= 0 ? WORDS.indexOf(lower) : TENS[lower]!;
	} else {
		written = Number(`${digits!.replace(/,/g, '')}${fraction ?? ''}`);
	}
	if (!written) return null;
	const wordScale = scaleWord ? SCALES[scaleWord.toLowerCase()]! : 1;
	const scale = figure.value / written;
	// The bank's value must be what the words say; anything else and we cannot write look-alikes.
	if (Math.abs(scale / wordScale - 1) > 1e-6 && Math.abs(scale - 1) > 1e-6) return null;
	return {
		start: match.index,
		end: match.index + whole.length,
		dollar: Boolean(dollar),
		// "563" has no comma only because it is small: its look-alike is "1,126". Years never have one.
		commas: Boolean(digits?.includes(',')) || (figure.kind !== 'year' && written < 1000),
		decimals: fraction ? fraction.length - 1 : 0,
		word: word ? (/^\p{Lu}/u.test(word) ? 'capital' : 'lower') : null,
		scale: Math.abs(scale / wordScale - 1) <= 1e-6 ? wordScale : 1,
		scaleWord: scaleWord ? ` ${scaleWord}` : '',
		suffix: suffix ?? ''
	};
}

function digitsOf(n: number, style: NumberStyle): string {
	const fixed = n.toFixed(style.decimals);
	if (!style.commas) return fixed;
	const [int, frac] = fixed.split('.');
	const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return frac ? `${grouped}.${frac}` : grouped;
}

/** Writes `value` in the figure's style: same words or digits, separators, decimals and scale word. */
export function formatNumber(value: number, style: NumberStyle): string {
	const written = value / style.scale;
	let core: string;
	if (style.word && Number.isInteger(written) && written >= 0 && written <= 20) {
		core = WORDS[written]!;
		if (style.word === 'capital') core = core[0]!.toUpperCase() + core.slice(1);
	} else {
		core = digitsOf(written, style);
	}
	return `${style.dollar ? '$' : ''}${core}${style.scaleWord}${style.suffix}`;
}

/** The figure's own number, as the article writes it. */
export function originalNumber(figure: Figure, style: NumberStyle): string {
	return figure.text.slice(style.start, style.end);
}

/** Rounds a value to what the style can write, so look-alikes compare by what a reader sees. */
export function roundToStyle(value: number, style: NumberStyle): number {
	const factor = 10 ** style.decimals;
	return normalise((Math.round((value / style.scale) * factor) / factor) * style.scale);
}

export { normalise, plainNumber } from './plain-number';
