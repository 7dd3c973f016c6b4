/** Parse brat stand-off attribution annotations (Source, Cue, Content joined by Attribution events). */
import type { Span } from '../../../lib/extract/types';

export interface Attribution {
	content: Span[];
	source: Span[];
	cue: Span[];
}

/** brat counts offsets in Unicode code points; JavaScript strings index UTF-16 units. */
export function codePointToUnit(text: string): (offset: number) => number {
	const map: number[] = [];
	let unit = 0;
	for (const ch of text) {
		map.push(unit);
		unit += ch.length;
	}
	map.push(unit);
	return (offset) => map[Math.min(offset, map.length - 1)]!;
}

function parseSpans(field: string, toUnit: (n: number) => number): Span[] {
	return field.split(';').flatMap((part) => {
		const [a = NaN, b = NaN] = part.trim().split(/\s+/).map(Number);
		return Number.isFinite(a) && Number.isFinite(b) ? [{ start: toUnit(a), end: toUnit(b) }] : [];
	});
}

/** Every Attribution event of one .ann file, with its spans as UTF-16 offsets into `text`. */
export function parseAnn(ann: string, text: string): Attribution[] {
	const toUnit = codePointToUnit(text);
	const spans = new Map<string, Span[]>();
	const events: string[] = [];
	for (const line of ann.split(/\r?\n/)) {
		const [id = '', body = ''] = line.split('\t');
		if (/^T\d+$/.test(id) && body) {
			const m = /^(\S+)\s+(.*)$/.exec(body);
			if (m) spans.set(id, parseSpans(m[2]!, toUnit));
		} else if (/^E\d+$/.test(id) && body) events.push(body);
	}
	return events.map((event) => {
		const a: Attribution = { content: [], source: [], cue: [] };
		for (const arg of event.trim().split(/\s+/)) {
			const [role = '', id = ''] = arg.split(':');
			const key = role.replace(/\d+$/, '').toLowerCase();
			if (key === 'content' || key === 'source' || key === 'cue')
				a[key].push(...(spans.get(id) ?? []));
		}
		return a;
	});
}
