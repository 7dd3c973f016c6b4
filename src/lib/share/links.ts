/** Finds results links in whatever a teacher pastes: one per line, CSV cells, chat logs, bare tokens. */

export interface FoundLink {
	/** 1-based line the link was found on, to point the teacher back to it. */
	line: number;
	/** The text as pasted, for the list of broken links. */
	text: string;
	/** The token part, or null when the text holds no results link at all. */
	token: string | null;
}

const RESULTS_PATH = /\/results\/([^/?#\s"'<>]*)/;
/** A lab quiz's results link carries its result in the fragment: `/lab/results#r1.…`. */
const LAB_RESULTS_PATH = /\/lab\/results#([A-Za-z0-9_.-]*)/;

/** Tokens of lab results links start with this, so the report scores them apart from seed quizzes. */
export const LAB_TOKEN = 'lab:';

/** The page that shows a result: the results page for a token, the lab's for a lab result. */
export function resultHref(token: string): string {
	return token.startsWith(LAB_TOKEN)
		? `/lab/results#${token.slice(LAB_TOKEN.length)}`
		: `/results/${token}`;
}
const BARE_TOKEN = /^[A-Za-z0-9_-]{8,}\.[0-9a-z]+$/;
/** Punctuation a sentence or a CSV adds around a link; a token never ends with any of it. */
const TRAILING = /[.,;:!?)\]}>"'»”’]+$/;
const LEADING = /^[(<[{"'«“‘]+/;

/** Each whitespace, comma, semicolon or tab separated piece of each line, tried as a link. */
export function findLinks(text: string): { links: FoundLink[]; unreadLines: FoundLink[] } {
	const links: FoundLink[] = [];
	const unreadLines: FoundLink[] = [];
	const lines = text.split(/\r\n|\r|\n/);
	lines.forEach((raw, index) => {
		const line = raw.trim();
		if (line === '') return;
		let found = false;
		for (const piece of line.split(/[\s,;\t]+/)) {
			const cleaned = piece.replace(LEADING, '').replace(TRAILING, '');
			if (cleaned === '') continue;
			const lab = LAB_RESULTS_PATH.exec(cleaned);
			const match = RESULTS_PATH.exec(cleaned);
			if (lab) {
				links.push({ line: index + 1, text: cleaned, token: `${LAB_TOKEN}${lab[1] ?? ''}` });
				found = true;
			} else if (match) {
				links.push({ line: index + 1, text: cleaned, token: match[1] ?? '' });
				found = true;
			} else if (BARE_TOKEN.test(cleaned)) {
				links.push({ line: index + 1, text: cleaned, token: cleaned });
				found = true;
			} else if (/^https?:\/\//i.test(cleaned)) {
				// A link, but not to a result: listed as broken rather than ignored.
				links.push({ line: index + 1, text: cleaned, token: null });
				found = true;
			}
		}
		if (!found) unreadLines.push({ line: index + 1, text: line, token: null });
	});
	return { links, unreadLines };
}
