/** Title, outlet and date read from an article's own lines: headline, byline, dateline, copyright. */
import { isPartialDate } from '$lib/dates';

const MONTHS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
] as const;
const MONTH =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'i');
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;

const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(name: string): number {
	return MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

/** The first date written in a line, as a partial ISO date, or '' when none. */
export function dateIn(line: string): string {
	const iso = ISO.exec(line);
	if (iso) {
		const out = `${iso[1]}-${iso[2]}-${iso[3]}`;
		if (isPartialDate(out)) return out;
	}
	const dmy = DAY_MONTH_YEAR.exec(line);
	const mdy = MONTH_DAY_YEAR.exec(line);
	const first = [dmy, mdy]
		.filter((m): m is RegExpExecArray => m !== null)
		.sort((a, b) => a.index - b.index)[0];
	if (!first) return '';
	const [day, month] = first === dmy ? [first[1]!, first[2]!] : [first[2]!, first[1]!];
	const out = `${first[3]}-${pad(monthNumber(month))}-${pad(Number(day))}`;
	return isPartialDate(out) ? out : '';
}

/** Lines above a headline that are not one: a press release's label. */
const NOT_A_TITLE =
	/^(?:for immediate release|press release|news release|media release|embargoed\b.*)$/i;

/** A headline: the first line, short, not ending like a sentence (the seeds' convention). */
export function titleLine(lines: string[]): string {
	const first = lines.find((l) => !NOT_A_TITLE.test(l.trim()))?.trim() ?? '';
	const words = first.split(/\s+/).filter(Boolean);
	if (words.length === 0 || words.length > 25) return '';
	if (/[.,;:]$/.test(first.replace(/["”’']+$/, ''))) return '';
	return first;
}

/** Lines that name the publisher: "Published by X", "© 2026 X", "Source: X", "(Wire) —" in a dateline. */
const OUTLET_LINES: RegExp[] = [
	/^(?:published|first published|originally published)\s+(?:by|in|on)\s+(?:the\s+website\s+of\s+)?([\p{Lu}][^.,;|]{1,60})/iu,
	/^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*)?([\p{Lu}][^.,;|]{1,60})/iu,
	/^(?:source|outlet|publication)\s*:\s*([^|]{2,60})$/iu,
	/^[\p{Lu}][\p{Lu} .,'’-]{1,40}(?:,\s*[\p{L}. ]{2,20}\s*\d{0,2})?\s*\(([^)]{2,30})\)\s*(?:—|–|--|-)\s/u
];

/** The outlet an article names for itself, or ''. */
export function outletIn(lines: string[]): string {
	for (const re of OUTLET_LINES) {
		for (const line of lines) {
			const m = re.exec(line.trim());
			if (m) return m[1]!.trim().replace(/\s+(?:all rights reserved|ltd)\.?$/i, '');
		}
	}
	return '';
}

/** Title, outlet and date from plain text: empty strings where the text does not say. */
export function metaFromText(text: string): { title: string; outlet: string; date: string } {
	const lines = text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	const title = titleLine(lines);
	// Dates sit in the byline or dateline near the top; a date deep in the story is an event's.
	const top = lines.slice(0, 6);
	const date = top.map(dateIn).find(Boolean) ?? '';
	return { title, outlet: outletIn(lines), date };
}
