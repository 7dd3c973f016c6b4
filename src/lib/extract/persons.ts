/** Persons: a personal name with the role the article gives it, before, around or after the name. */
import type { Token } from './tokens';
import { CAP_STOP } from './lexicon';
import type { Mention, Registry } from './registry';
import { appositive } from './descriptors';
import { FUNCTION_WORDS, isPossessive, isTitle, placeOf, textOf } from './words';

/** The capitalised run [i, j) read as a name: `s` where its words start, `words` its written words. */
export interface NameRun {
	i: number;
	j: number;
	s: number;
	words: string[];
	/** Index in `words` of the last title, place or organisation word (-1 when none). */
	last: number;
	titled: boolean;
}

interface Role {
	text: string;
	start: number;
}

/** A person mention: the named person (new or known) with its role, the mention widened over the role. */
export function personMention(
	tokens: Token[],
	run: NameRun,
	nameWords: string[],
	reg: Registry,
	src: string,
	prior: Mention[]
): Mention {
	const { i, j, s, words, last, titled } = run;
	let person = reg.person(nameWords);
	const inRun = last >= 0 && titled ? words.slice(0, last + 1).join(' ') : null;
	const found: Role | null = inRun
		? { text: inRun, start: s }
		: (roleBefore(tokens, i, src) ?? roleFromPrior(tokens, i, reg, src, prior));
	let role = found?.text ?? null;
	const start = found?.start ?? s;
	if (
		(!role || /^(?:dr|mr|mrs|ms|miss|prof|sir|dame)\.?$/i.test(role)) &&
		!inOpeningPhrase(tokens, i)
	)
		role = appositive(tokens, j, src) ?? role;
	if (!person) {
		person = reg.create(nameWords.join(' '), 'person', role);
	} else if (role && !person.role) person.role = role;
	if (role && !person.country) person.country = countryOfRole(role);
	return { i: start, j, ent: person, kind: 'name' };
}

/** "Appearing on Weekend Roundtable, the mayor said": a name in an opening participle's phrase is
 *  the programme or the listener; the role after its comma is the subject's, not its appositive. */
function inOpeningPhrase(tokens: Token[], i: number): boolean {
	// Past the outlet that owns the programme: "Appearing on KXTV's Weekend Roundtable".
	let b = i - 1;
	while (b > i - 4 && tokens[b] && (tokens[b]!.cap || isPossessive(tokens[b]!.t))) b--;
	const first = tokens[b - 1];
	return (
		first !== undefined &&
		/^(?:on|to|with)$/.test(tokens[b]?.lower ?? '') &&
		first.cap &&
		first.lower.endsWith('ing') &&
		tokens[b - 2]?.sent !== first.sent
	);
}

/** The first place named before the title word of a role ("France's Ambassador" → france). */
function countryOfRole(role: string): string | null {
	for (const w of role.split(/\s+/)) {
		if (isTitle(w) && !placeOf(w)) break;
		const p = placeOf(w);
		if (p) return p;
	}
	return null;
}

/** Role words right before the run: "Acme spokesperson Dana Holt". */
function roleBefore(tokens: Token[], i: number, src: string): Role | null {
	let b = i;
	let sawTitle = false;
	while (b > 0) {
		const p = tokens[b - 1]!;
		if (p.quoted || !p.word) break;
		if (isTitle(p.t)) sawTitle = true;
		else if (!(p.cap && !CAP_STOP.has(p.lower)) && !isPossessive(p.t)) break;
		b--;
		if (i - b > 5) break;
	}
	return sawTitle && b < i ? { text: textOf(tokens, b, i, src), start: b } : null;
}

/** A role before the name's comma: "France's Ambassador to the United States, Marie Leblanc". */
function roleFromPrior(
	tokens: Token[],
	i: number,
	reg: Registry,
	src: string,
	prior: Mention[]
): Role | null {
	if (tokens[i - 1]?.t !== ',') return null;
	const prevM = prior.at(-1);
	if (prevM && prevM.j === i - 1) {
		if (prevM.kind === 'role' || prevM.ent.unnamed) {
			const text = textOf(tokens, prevM.i, prevM.j, src).replace(/^(?:a|an|the)\s+/i, '');
			if (prevM.ent.unnamed) reg.drop(prevM.ent);
			return { text, start: prevM.i };
		}
		if (isSpokesAgency(prevM)) return { text: prevM.ent.name, start: prevM.i };
	}
	const pr = reg.pendingRole;
	if (pr && pr.para === reg.para && pr.end === i - 1) {
		reg.pendingRole = null;
		return { text: pr.text, start: pr.start };
	}
	return titleBeforeComma(tokens, i, src);
}

/** "the Foreign Ministry spokesman": an agency mention whose name is a role. */
function isSpokesAgency(m: Mention): boolean {
	return (
		m.kind === 'name' &&
		m.ent.type === 'agency' &&
		/\b(?:spokes\w*|ambassador|minister|director)\b/i.test(m.ent.name)
	);
}

/** "the chief executive, Dana Holt": a title word right before the comma, with its modifiers. */
function titleBeforeComma(tokens: Token[], i: number, src: string): Role | null {
	const t = tokens[i - 2];
	if (!t || !isTitle(t.t) || t.quoted) return null;
	let b = i - 2;
	while (b > 0 && i - 2 - b < 6) {
		const p = tokens[b - 1]!;
		if (p.quoted || !p.word || FUNCTION_WORDS.has(p.lower)) break;
		if (p.sent !== tokens[i]!.sent) break;
		b--;
	}
	return { text: textOf(tokens, b, i - 1, src), start: b };
}
