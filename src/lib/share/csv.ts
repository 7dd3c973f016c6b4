/** CSV for the class report, quoted so spreadsheet apps neither split cells nor run formulas. */

/** Quotes a cell; a leading =, +, - or @ gets an apostrophe so a spreadsheet shows it as text. */
export function csvCell(value: string | number | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | null)[][]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
