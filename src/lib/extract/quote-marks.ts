/** Quote marks: scan one paragraph's straight, curly and single marks into top-level quote spans. */
import type { QuoteSpan } from './quotes';
import { isSpaceCode, isWordCode } from './chars';

type Family = 'd' | 's';
interface Open {
	family: Family;
	pos: number;
	/** Characters in the opening mark: 2 for two apostrophes (''). */
	width?: number;
}

/** A marked span is made with every field of the quote it may become (kind and runsOn are set
 *  when it is read as one), so the span becomes the quote itself. */
type MarkedSpan = QuoteSpan;

const CLOSE_AFTER_OR_END = (text: string, i: number, e: number): boolean =>
	i >= e || CLOSE_AFTER.test(text[i]!);

const isWord = (c: string | undefined): boolean => c !== undefined && isWordCode(c.charCodeAt(0));
const isSpace = (c: string | undefined): boolean => c === undefined || isSpaceCode(c.charCodeAt(0));
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:;,“‘"'«„]/;
const CLOSE_AFTER = /[\s,.;:!?)\]}\u2014\u2013\-”’"'»…]/;

function opener(text: string, i: number, s: number, e: number): boolean {
	const prev = i > s ? text[i - 1] : undefined;
	const next = i + 1 < e ? text[i + 1] : undefined;
	return (prev === undefined || OPEN_BEFORE.test(prev)) && next !== undefined && !isSpace(next);
}

function closer(text: string, i: number, s: number, e: number): boolean {
	const prev = i > s ? text[i - 1] : undefined;
	const next = i + 1 < e ? text[i + 1] : undefined;
	return prev !== undefined && !isSpace(prev) && (next === undefined || CLOSE_AFTER.test(next));
}

/** A top-level quote closes: its span, with every field of the quote it may become. */
function emit(stack: Open[], spans: MarkedSpan[], o: Open, closeAt: number, width = 1): void {
	if (stack.length === 0)
		spans.push({
			start: o.pos + (o.width ?? 1),
			end: closeAt,
			open: o.pos,
			close: closeAt + width,
			kind: 'full',
			runsOn: false
		});
}

/** The innermost open mark of a family, popped with everything opened after it. */
function popTo(stack: Open[], family: Family): Open | null {
	for (let k = stack.length - 1; k >= 0; k--) {
		if (stack[k]!.family === family) {
			const o = stack[k]!;
			// Popped one by one: setting an array's length costs a call into the engine.
			while (stack.length > k) stack.pop();
			return o;
		}
	}
	return null;
}

/** Opens a mark; nesting deeper than a few levels is stray marks, not quotation: forget the oldest.
 *  (So the stack is at most six deep: looking through it costs no more than keeping counts.) */
function push(stack: Open[], o: Open): void {
	if (stack.push(o) > 6) stack.shift();
}

/** Raw top-level quote spans of one paragraph [s, e): nested quotes are dropped. */
export function scanQuotes(
	text: string,
	s: number,
	e: number
): { spans: MarkedSpan[]; openAtEnd: number | null; openWidth: number } {
	const stack: Open[] = [];
	const spans: MarkedSpan[] = [];
	for (let i = s; i < e; i++) {
		const c = text[i]!;
		if (c === "'" && text[i + 1] === "'" && i + 1 < e) {
			// Two apostrophes stand for a straight double mark in some wire copy.
			if (
				stack.some((o) => o.family === 'd') &&
				closer(text, i, s, e - 1) &&
				CLOSE_AFTER_OR_END(text, i + 2, e)
			) {
				const o = popTo(stack, 'd');
				if (o) emit(stack, spans, o, i, 2);
			} else if (opener(text, i, s, e) && !isSpace(text[i + 2]))
				push(stack, { family: 'd', pos: i, width: 2 });
			i++;
		} else if (c === '“' || c === '„' || c === '«') {
			push(stack, { family: 'd', pos: i });
		} else if (c === '”' || c === '»') {
			const o = popTo(stack, 'd');
			if (o) emit(stack, spans, o, i);
		} else if (c === '"') {
			if (stack.some((o) => o.family === 'd') && closer(text, i, s, e)) {
				const o = popTo(stack, 'd');
				if (o) emit(stack, spans, o, i);
			} else if (opener(text, i, s, e)) push(stack, { family: 'd', pos: i });
		} else if (c === '‘') {
			if (!isWord(text[i - 1])) push(stack, { family: 's', pos: i });
		} else if (c === "'" || c === '’') {
			const prev = i > s ? text[i - 1] : undefined;
			const next = i + 1 < e ? text[i + 1] : undefined;
			if (isWord(prev) && isWord(next)) continue; // apostrophe inside a word
			const top = stack.at(-1);
			if (top && top.family === 's' && closer(text, i, s, e)) {
				stack.pop();
				emit(stack, spans, top, i);
			} else if (
				(prev === undefined || OPEN_BEFORE.test(prev)) &&
				(isWord(next) || next === '“' || next === '"') &&
				!(prev === undefined ? false : isWord(prev))
			) {
				push(stack, { family: 's', pos: i });
			}
		}
	}
	// A double quote left open at the end of a paragraph that began with it runs on.
	const bottom = stack[0];
	const openAtEnd = bottom && bottom.family === 'd' ? bottom.pos : null;
	return { spans, openAtEnd, openWidth: bottom?.width ?? 1 };
}
