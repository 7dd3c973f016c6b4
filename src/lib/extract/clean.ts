/** Cleaning: split raw text into lines, drop page furniture, keep raw offsets. */
import type { Furniture, Span } from './types';

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

const EXACT = new Set(
	`sponsored post|sponsored|advertisement|advertising|ad|listen to article|listen to this article|editorial standards|
send us news|other stories you might like|more about|podcasts|podcast|share|share this|share this article|share article|
tweet|email|e-mail|print|save|comments|comment|read more|read next|related|related articles|related stories|
related content|more from|most read|most popular|trending|trending now|recommended|recommended for you|
you may also like|you might also like|also read|see also|subscribe|subscribe now|sign up|sign in|log in|login|
follow us|newsletter|skip to main content|skip to content|menu|search|home|close|copy link|copied|
story continues below advertisement|continue reading|back to top|top stories|watch|play|pause|video|audio|
image|photo|loading|loading...|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram`
		.split('|')
		.map((s) => s.trim())
);

const TIMESTAMP = /^\d{1,2}:\d{1,2}(?::\d{2})?$/;
const RELATED =
	/^\[?\s*(?:related|read more|see also|also read|recommended|more|watch|listen|read)\s*:/i;
const BYLINE =
	/^(?:[Ww]ritten |[Rr]eported |[Pp]osted )?[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:,[^.!?]{0,60})?$/;
const DATELINE =
	/^(?:\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$/;

function wordCount(s: string): number {
	return s.split(/\s+/).filter(Boolean).length;
}

/** Why a line is furniture, or null when it is article text. */
export function furnitureReason(text: string): string | null {
	const t = text.trim();
	const lower = t
		.toLowerCase()
		.replace(/[\s\u00a0]+/g, ' ')
		.replace(/[.:!|>»›]+$/, '')
		.trim();
	if (EXACT.has(lower)) return 'page furniture';
	if (TIMESTAMP.test(t)) return 'player timestamp';
	if (RELATED.test(t)) return 'related link';
	if (t.length < 120 && BYLINE.test(t)) return 'byline';
	if (DATELINE.test(t)) return 'timestamp';
	if (/^\((?:reporting|writing|editing|additional reporting)\b[^)]*\)$/i.test(t)) return 'credits';
	const icons = t.match(/icon/gi);
	if (icons && icons.length >= 3 && icons.length * 12 > wordCount(t)) return 'icon residue';
	if (/^[\s\u00a0.,;:|•·–—-]*$/.test(t)) return 'stray punctuation';
	return null;
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
		while (s < e && /\s/.test(raw[s]!)) s++;
		while (e > s && /\s/.test(raw[e - 1]!)) e--;
		if (e > s) {
			paragraph++;
			lines.push({ start: s, end: e, paragraph, text: raw.slice(s, e) });
		}
		pos = nl + 1;
	}
	const reasons = lines.map((l) => furnitureReason(l.text));
	// Short lines without sentence punctuation before the first or after the last
	// real paragraph are navigation words ("Tech", "More about").
	const isBody = (l: Line): boolean => wordCount(l.text) >= 12;
	const firstBody = lines.findIndex(isBody);
	let lastBody = -1;
	for (let i = lines.length - 1; i >= 0; i--)
		if (isBody(lines[i]!)) {
			lastBody = i;
			break;
		}
	lines.forEach((l, i) => {
		if (reasons[i] || firstBody < 0) return;
		const short = wordCount(l.text) <= 3 && !/[.!?"”']$/.test(l.text);
		if (short && (i < firstBody || i > lastBody) && !/\d{3,}/.test(l.text))
			reasons[i] = 'navigation';
	});
	const furniture: Furniture[] = [];
	const paragraphs: Line[] = [];
	lines.forEach((l, i) => {
		const reason = reasons[i];
		if (reason) furniture.push({ start: l.start, end: l.end, text: l.text, reason });
		else paragraphs.push(l);
	});
	return { lines, paragraphs, furniture };
}
