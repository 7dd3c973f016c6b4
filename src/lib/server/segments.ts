/** Splits a paragraph into plain text, quotations and figures (figures may sit inside a quotation), by raw offsets. */
import type { Span } from '$lib/extract/types';
import type { Segment } from '$lib/sources/types';

export type { Segment };

interface Item extends Span {
	id: string;
}

function inside(outer: Span, inner: Span): boolean {
	return inner.start >= outer.start && inner.end <= outer.end;
}

/** Text and figures between two offsets; figures that do not fit cleanly become anchors. */
function flat(text: string, start: number, end: number, figures: Item[]): Segment[] {
	const out: Segment[] = [];
	let at = start;
	for (const f of figures) {
		if (f.start < at || f.end > end) {
			out.push({ kind: 'anchor', id: f.id });
			continue;
		}
		if (f.start > at) out.push({ kind: 'text', text: text.slice(at, f.start) });
		out.push({ kind: 'figure', id: f.id, text: text.slice(f.start, f.end) });
		at = f.end;
	}
	if (at < end) out.push({ kind: 'text', text: text.slice(at, end) });
	return out;
}

/**
 * Segments of `text` within `span`. Quotes are outermost; a figure inside a quote nests in it; an
 * item overlapping another's edge becomes an anchor at the nearest boundary, so every id still exists.
 */
export function segmentParagraph(
	text: string,
	span: Span,
	quotes: Item[],
	figures: Item[]
): Segment[] {
	const byStart = (a: Item, b: Item) => a.start - b.start || b.end - a.end;
	const qs = quotes.filter((q) => inside(span, q)).sort(byStart);
	const fs = figures.filter((f) => inside(span, f)).sort(byStart);
	const out: Segment[] = [];
	let at = span.start;
	const placed = new Set<string>();
	for (const q of qs) {
		if (q.start < at) {
			out.push({ kind: 'anchor', id: q.id });
			continue;
		}
		const before = fs.filter((f) => !placed.has(f.id) && f.start < q.start);
		before.forEach((f) => placed.add(f.id));
		out.push(...flat(text, at, q.start, before));
		const within = fs.filter((f) => !placed.has(f.id) && inside(q, f));
		within.forEach((f) => placed.add(f.id));
		out.push({ kind: 'quote', id: q.id, children: flat(text, q.start, q.end, within) });
		at = q.end;
	}
	const rest = fs.filter((f) => !placed.has(f.id));
	out.push(...flat(text, at, span.end, rest));
	return out;
}

/** The plain text of segments, which must equal the paragraph: nothing dropped, nothing doubled. */
export function segmentText(segments: Segment[]): string {
	return segments
		.map((s) =>
			s.kind === 'text' || s.kind === 'figure'
				? s.text
				: s.kind === 'quote'
					? segmentText(s.children)
					: ''
		)
		.join('');
}

/** Every id that segments give an element to. */
export function segmentIds(segments: Segment[]): string[] {
	return segments.flatMap((s) =>
		s.kind === 'text' ? [] : s.kind === 'quote' ? [s.id, ...segmentIds(s.children)] : [s.id]
	);
}
