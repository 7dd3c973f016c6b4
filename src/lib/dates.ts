/** Partial ISO dates ("2014", "2014-05", "2014-05-20"): validation and display. */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a real calendar date given to year, month or day precision. */
export function isPartialDate(value: string): boolean {
	const match = PARTIAL_DATE.exec(value);
	if (!match) return false;
	const [, y, m, d] = match;
	if (m === undefined) return true;
	const month = Number(m);
	if (month < 1 || month > 12) return false;
	if (d === undefined) return true;
	const day = Number(d);
	const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
	return day >= 1 && day <= daysInMonth;
}

/** "2014-05-20" → "20 May 2014"; "2014-05" → "May 2014"; "2014" → "2014". */
export function formatPartialDate(value: string): string {
	const match = PARTIAL_DATE.exec(value);
	if (!match) return value;
	const [, y, m, d] = match;
	if (m === undefined) return y!;
	const month = MONTHS[Number(m) - 1] ?? m;
	return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}
