/**
 * Reads an estimate as a student types it: "2k", "2,000", "about 2000", "2 thousand", "1.2 million",
 * "fifty-seven thousand". Pure, so the live label and the server read a number the same way.
 * (The npm word-number parsers we tried misread "fifty seven thousand" as 7050, so this is our own.)
 */

import { NUMBER_WORDS } from './number-words';

export type ParsedEstimate = { ok: true; value: number } | { ok: false; error: string };

// "a thousand", "an estimated …" and "zero" read as numbers when a student types them.
const UNITS: Record<string, number> = { zero: 0, a: 1, an: 1, ...NUMBER_WORDS };

const SCALES: Record<string, number> = {
	k: 1e3,
	thousand: 1e3,
	thousands: 1e3,
	m: 1e6,
	mn: 1e6,
	mil: 1e6,
	million: 1e6,
	millions: 1e6,
	b: 1e9,
	bn: 1e9,
	billion: 1e9,
	billions: 1e9,
	t: 1e12,
	tn: 1e12,
	trillion: 1e12
};

/** Words that hedge an estimate without changing it. */
const HEDGE =
	/^(?:about|around|roughly|approximately|approx\.?|nearly|almost|maybe|perhaps|some|circa|c\.|over|under|more than|less than|at least|at most|~|≈)\s*/;

/** Digits with optional thousands separators (commas or spaces) and decimals. */
const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(\.\d+)?$|^(\.\d+)$/;

function digitsValue(text: string): number | null {
	const match = DIGITS.exec(text);
	if (!match) return null;
	return Number(text.replace(/[, ]/g, ''));
}

/** "fifty-seven thousand two hundred", "a hundred and thirty-five": null when any word is not a number word. */
export function wordsValue(text: string): number | null {
	const words = text.split(/[\s-]+/).filter((w) => w !== '' && w !== 'and');
	if (words.length === 0) return null;
	let total = 0;
	let group = 0;
	let seen = false;
	let lastScale = Infinity;
	for (const word of words) {
		if (word in UNITS) {
			group += UNITS[word]!;
			seen = true;
		} else if (word === 'hundred') {
			group = (group || 1) * 100;
			seen = true;
		} else if (word in SCALES && word.length > 2) {
			const scale = SCALES[word]!;
			// "two million three thousand" runs downwards; "thousand million" would not be a figure.
			if (scale >= lastScale) return null;
			total += (group || 1) * scale;
			group = 0;
			lastScale = scale;
			seen = true;
		} else {
			return null;
		}
	}
	return seen ? total + group : null;
}

/** A number in digits or words, optionally followed by a scale ("1.2 million", "2k", "57 thousand"). */
function numberValue(text: string): number | null {
	const direct = digitsValue(text) ?? wordsValue(text);
	if (direct !== null) return direct;
	const scaled = /^(.*?)\s*([a-z]+)$/.exec(text);
	if (!scaled || !(scaled[2]! in SCALES)) return null;
	const base = digitsValue(scaled[1]!);
	return base === null ? null : base * SCALES[scaled[2]!]!;
}

/** Reads a typed estimate, or says what is wrong with it in words a student can act on. */
export function parseEstimate(raw: string): ParsedEstimate {
	const shown = raw.trim().slice(0, 40);
	const text = raw
		.trim()
		.toLowerCase()
		.replace(HEDGE, '')
		.replace(/^\$/, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (text === '') return { ok: false, error: 'Type a number, or move the slider.' };
	const value = text.length > 80 ? null : numberValue(text);
	if (value === null || !Number.isFinite(value)) {
		return {
			ok: false,
			error: `“${shown}” is not a number we can read. Type it in digits or words, such as 2000, 2,000, 2k, 2 thousand or 1.2 million.`
		};
	}
	if (value <= 0) return { ok: false, error: 'An estimate must be more than zero.' };
	if (value > Number.MAX_SAFE_INTEGER) {
		return { ok: false, error: `“${shown}” is too large to be an estimate of this figure.` };
	}
	return { ok: true, value };
}
