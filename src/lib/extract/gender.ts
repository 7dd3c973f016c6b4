/** Grammatical gender of a person, when the article states it: a courtesy title or a gendered role. */
import type { Token } from './tokens';

export type Gender = 'm' | 'f';

const TITLE_GENDER: Record<string, Gender> = {
	mr: 'm',
	'mr.': 'm',
	mrs: 'f',
	'mrs.': 'f',
	ms: 'f',
	'ms.': 'f',
	miss: 'f'
};
const ROLE_MALE =
	/\b(?:\w*(?<!wo|hu)man|he|him|his|husband|father|son|brother|uncle|king|prince|sir|lord)\b/i;
const ROLE_FEMALE =
	/\b(?:\w+woman|she|her|wife|mother|daughter|sister|aunt|queen|princess|dame|lady)\b/i;

/** Gender from the title just before or at the start of a name mention [i, j). */
export function titleGender(tokens: readonly Token[], i: number, j: number): Gender | null {
	return genderAt(tokens, i, j) ?? genderAt(tokens, i - 1, j);
}

/** The gender of a title at token k, when k is inside the mention's end. */
function genderAt(tokens: readonly Token[], k: number, j: number): Gender | null {
	const t = tokens[k];
	return t && k < j ? titleGenderOf(t.lower) : null;
}

const titleGenders = new Map<string, Gender | null>();

/** TITLE_GENDER[w] or null, remembered per word: most words are no title, and each miss searched the
 *  table and its prototype again at every person mention. */
function titleGenderOf(w: string): Gender | null {
	let g = titleGenders.get(w);
	if (g === undefined) {
		g = TITLE_GENDER[w] || null;
		if (titleGenders.size >= 50_000) titleGenders.clear();
		titleGenders.set(w, g);
	}
	return g;
}

const roleGenders = new Map<string, Gender | null>();

/** Gender from a role phrase, remembered per phrase: a person of no known gender asks again at every mention. */
export function roleGender(role: string | null): Gender | null {
	if (!role) return null;
	let g = roleGenders.get(role);
	if (g === undefined) {
		g = genderOfRole(role);
		if (roleGenders.size >= 10_000) roleGenders.clear();
		roleGenders.set(role, g);
	}
	return g;
}

/** Gender from a role phrase ("spokeswoman for the council", "the senator's husband" does not count). */
function genderOfRole(role: string): Gender | null {
	if (/['’]s\b/.test(role)) return null;
	const m = ROLE_MALE.test(role);
	const f = ROLE_FEMALE.test(role);
	return m === f ? null : m ? 'm' : 'f';
}

/** Whether a pronoun can refer to an entity of this gender. */
export function pronounFits(pronoun: string, gender: Gender | null | undefined): boolean {
	if (!gender) return true;
	if (pronoun === 'he' || pronoun === 'him') return gender === 'm';
	if (pronoun === 'she' || pronoun === 'her') return gender === 'f';
	return true;
}
