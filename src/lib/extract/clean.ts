/** Cleaning: split raw text into lines, drop page furniture, keep raw offsets. */
import type { Furniture, Span } from './types';
import { isAsciiDigit, isAsciiLetterIn, isSpaceCode } from './chars';

export interface Line extends Span {
	/** Non-empty lines counted from 1. */
	paragraph: number;
	text: string;
}

export interface Cleaned {
	/** Every non-empty line, furniture included. */
	lines: Line[];
	/** Lines kept as article text. */
	paragraphs: Line[];
	furniture: Furniture[];
}

const TIMESTAMP = /^\d{1,2}:\d{1,2}(?::\d{2})?$/;
/** "[Related: …]", "Read more: …": a link to another story, introduced by a label and a colon. */
const RELATED =
	/^\[?\s*(?:related|read more|see also|also read|recommended|more|watch|listen|read)\s*:/i;
/** A whole line in square brackets: an aside the page inserted ("[Image: …]", "[Related …]"). */
const BRACKETED = /^\[[^\]]{1,200}\]$/;
const BYLINE =
	/^(?:[Ww]ritten |[Rr]eported |[Pp]osted )?[Bb]y\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}\s*(?:,[^.!?]{0,60})?$/;
/** A menu printed as a line: three or more short items between bars or bullets. */
const MENU = /^[^|•·.!?]{1,30}(?:[|•·][^|•·.!?]{1,30}){2,}$/;
const DATELINE =
	/^(?:(?:[Pp]ublished|[Uu]pdated|[Pp]osted)\s*:?\s*)?(?:\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$/;
/** A prompt to act on the page rather than a sentence of the story: share, subscribe, follow, sign up. */
const PROMPT =
	/^(?:share|tweet|subscribe|sign up|sign in|log in|follow|click|tap|download|listen|watch|send|join|support|donate|copy|print|email|save|bookmark|comment)\b(?:\s+[\w'’]+)*\s*[!:»›>|]?$/i;
/** Image credits and captions' credit lines: "Photo: …", "(Image credit: …)", "… / Agency". */
const CREDIT =
	/^\(?\s*(?:photo(?:graph)?|image|picture|illustration|video|graphic|credit|source)s?(?:\s+credit)?\s*(?::|by\b)[^.!?]{0,100}\)?$|^[^.!?]{0,80}\s\/\s*(?:\p{Lu}[\p{L}]*\s*){1,3}$/iu;

const WORD_RUN = /\S+/g;

/**
 * Words in s, counted up to `atMost + 1` at most: a megabyte-long line costs no more than a short one,
 * and each test counts only as far as it needs to (`wordCount(s, k) <= k` is `words <= k`).
 */
function wordCount(s: string, atMost: number): number {
	// One shared pattern, tested (no match arrays): each count starts it afresh.
	const re = WORD_RUN;
	re.lastIndex = 0;
	let n = 0;
	while (n <= atMost && re.test(s)) n++;
	return n;
}

/** Why a line is furniture by its own shape, or null when it may be article text. */
export function furnitureReason(text: string): string | null {
	const t = text.trim();
	// Each anchored pattern runs only where the line's first character can open it: most lines are
	// article text, and a dozen patterns per line add up on a text of many short paragraphs.
	const c0 = t.charCodeAt(0);
	if (isAsciiDigit(c0) && TIMESTAMP.test(t)) return 'player timestamp';
	if (isAsciiLetterIn(t, 0, '[rsamwl') && (RELATED.test(t) || BRACKETED.test(t)))
		return 'related link';
	if (t.length < 120 && isAsciiLetterIn(t, 0, 'wrpb') && BYLINE.test(t)) return 'byline';
	if (
		(isAsciiDigit(c0) || (c0 >= 65 && c0 <= 90) || isAsciiLetterIn(t, 0, 'pu')) &&
		DATELINE.test(t)
	)
		return 'timestamp';
	if (c0 === 40 && /^\((?:reporting|writing|editing|additional reporting)\b[^)]*\)$/i.test(t))
		return 'credits';
	if (isAsciiLetterIn(t, 0, 'stlfcdwjpeb') && wordCount(t, 8) <= 8 && PROMPT.test(t))
		return 'prompt';
	if (MENU.test(t)) return 'navigation';
	if (CREDIT.test(t) && wordCount(t, 16) <= 16) return 'image credit';
	// Three "icon"s need twelve characters.
	const icons = t.length >= 12 ? t.match(/icon/gi) : null;
	if (icons && icons.length >= 3 && icons.length * 12 > wordCount(t, icons.length * 12))
		return 'icon residue';
	if (/^[\s\u00a0.,;:|•·–—-]*$/.test(t)) return 'stray punctuation';
	return null;
}

/**
 * A label: a few words with no sentence punctuation, no quotation and no figure ("Sponsored post",
 * "Advertisement", "More about", "Tech"). Quotes and figures never live in one, so dropping it is safe.
 */
function isLabel(text: string, maxWords: number): boolean {
	return (
		wordCount(text, maxWords) <= maxWords &&
		!/[.!?…:;"”’'»)]$/.test(text) &&
		!/["“”«»]|[‘’']\S.*[‘’']/.test(text) &&
		!/\d/.test(text)
	);
}

/** A line that is article text: a sentence or more. */
const isBody = (l: Line): boolean => wordCount(l.text, 12) >= 12;

/**
 * Furniture by its place: labels before the first body paragraph (a headline is longer), between
 * body paragraphs ("Sponsored post") or after the last ("Other stories you might like"), and a short
 * line the page repeats (navigation, a title printed twice).
 */
function furnitureByPlace(lines: Line[], reasons: (string | null)[]): void {
	const firstBody = lines.findIndex(isBody);
	if (firstBody < 0) return;
	let lastBody = lines.length - 1;
	while (!isBody(lines[lastBody]!)) lastBody--;
	const seen = new Set<string>();
	lines.forEach((l, i) => {
		const key = l.text.trim().toLowerCase();
		const repeated = seen.has(key) && wordCount(key, 12) <= 12 && !/[.!?"”']$/.test(key);
		seen.add(key);
		if (reasons[i]) return;
		const max = i < firstBody ? 3 : i > lastBody ? 6 : 4;
		if (isLabel(l.text, max)) reasons[i] = i < firstBody || i > lastBody ? 'navigation' : 'label';
		else if (repeated) reasons[i] = 'repeated line';
	});
}

/** Split into non-empty lines and decide which are furniture. */
export function clean(raw: string): Cleaned {
	const lines: Line[] = [];
	let pos = 0;
	let paragraph = 0;
	while (pos <= raw.length) {
		let nl = raw.indexOf('\n', pos);
		if (nl < 0) nl = raw.length;
		let s = pos;
		let e = nl;
		while (s < e && isSpaceCode(raw.charCodeAt(s))) s++;
		while (e > s && isSpaceCode(raw.charCodeAt(e - 1))) e--;
		if (e > s) {
			paragraph++;
			lines.push({ start: s, end: e, paragraph, text: raw.slice(s, e) });
		}
		pos = nl + 1;
	}
	const reasons = lines.map((l) => furnitureReason(l.text));
	furnitureByPlace(lines, reasons);
	const furniture: Furniture[] = [];
	const paragraphs: Line[] = [];
	lines.forEach((l, i) => {
		const reason = reasons[i];
		if (reason) furniture.push({ start: l.start, end: l.end, text: l.text, reason });
		else paragraphs.push(l);
	});
	return { lines, paragraphs, furniture };
}
