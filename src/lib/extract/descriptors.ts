/** Descriptors: an organisation's type from its name, appositives (", president of Acme,") and
 *  descriptors before a name ("state news agency Tanjug"). */
import type { EntityType } from './types';
import type { Token } from './tokens';
import { CAP_STOP, set, table } from './lexicon';
import type { Ent } from './registry';
import { baseWord, DETS, INDEF, isTitle, placeOf } from './words';

/** Words that make an organisation's name a company's. */
const COMPANY_WORDS = set(
	`corp corporation inc co company ltd llc plc ag sa gmbh technologies systems holdings industries ` +
		`enterprises motors airlines electric steel telecom`
);

/** A company when a word of its name says so ("Acme Motors"), else an agency. */
export function orgType(words: string[]): EntityType {
	for (const w of words) if (COMPANY_WORDS.has(baseWord(w).toLowerCase())) return 'company';
	return 'agency';
}

/** ", president of Acme," → "president of Acme". */
export function appositive(tokens: Token[], j: number, src: string): string | null {
	if (tokens[j]?.t !== ',') return null;
	let k = j + 1;
	if (tokens[k] && ['a', 'an', 'the'].includes(tokens[k]!.lower)) k++;
	let sawTitle = false;
	let e = k;
	while (e < tokens.length && e - k < 14) {
		const t = tokens[e]!;
		if (t.quoted || t.t === ',' || t.t === '.' || t.t === ';') break;
		if (isTitle(t.t)) sawTitle = true;
		if (!sawTitle && e - k >= 3) return null;
		e++;
	}
	if (!sawTitle || e === k) return null;
	return src.slice(tokens[k]!.start, tokens[e - 1]!.end);
}

const DESCRIPTORS = table(
	'media:agency newspaper broadcaster outlet tabloid daily channel magazine|company:company firm giant vendor maker manufacturer carrier|group:group|agency:ministry regulator'
) as Record<string, EntityType>;

/** "state news agency Tanjug", "Korean chipmaker Nexora": the words before a name. */
export function descriptor(
	tokens: Token[],
	s: number,
	src: string
): { text: string; type: EntityType; start: number } | null {
	// "Korean chip giant, Nexora Technologies": a comma may stand between.
	if (tokens[s - 1]?.t === ',' && tokens[s - 2] && DESCRIPTORS[tokens[s - 2]!.lower]) s--;
	const head = tokens[s - 1];
	if (!head || head.quoted || !DESCRIPTORS[head.lower]) return null;
	let b = s - 1;
	while (b > 0 && s - b < 5) {
		const p = tokens[b - 1]!;
		if (
			p.quoted ||
			!p.word ||
			DETS.has(p.lower) ||
			INDEF.has(p.lower) ||
			(CAP_STOP.has(p.lower) && !placeOf(p.t))
		)
			break;
		b--;
	}
	const type: EntityType =
		head.lower === 'agency' && !tokens.slice(b, s).some((t) => /news|press/.test(t.lower))
			? 'agency'
			: DESCRIPTORS[head.lower]!;
	return { text: src.slice(tokens[b]!.start, head.end), type, start: b };
}

/** Give an organisation the role, type and country its descriptor states, if it has none yet. */
export function describe(e: Ent, tokens: Token[], s: number, src: string): void {
	if (e.role) return;
	const d = descriptor(tokens, s, src);
	if (!d) return;
	e.role = d.text;
	if (e.type === 'group' || e.type === 'agency') e.type = d.type;
	for (const x of d.text.split(/\s+/)) if (placeOf(x) && !e.country) e.country = placeOf(x);
}
