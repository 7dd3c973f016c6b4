/** Roles: role phrases ("the spokesman", "an Acme spokesperson") and organisation anaphors
 *  ("the ministry", "the company"). */
import type { Token } from './tokens';
import { CAP_STOP, ORG_ANAPHORS, ROLE_HEADS, SPEECH_VERBS as SPEECH_VERB_FORMS } from './lexicon';
import { EntMemo, type Ent, type Mention, type Registry } from './registry';
import { coreKey } from './org-keys';
import { latestMedia, MEDIA_HEADS } from './source-types';
import { FUNCTION_WORDS, norm, placeOf, runEnd, textOf, UNNAMED_ADJ } from './words';

/** Common nouns that stand for the company already named ("the company", "the carrier"). */
const COMPANY_HEADS =
	/^(?:company|firm|carrier|maker|manufacturer|vendor|giant|group|airline|retailer|insurer|automaker|carmaker|chipmaker|publisher|startup|utility|operator|lender|bank)$/;

/** "the spokesman", "an Acme spokesperson", "an unnamed spokesman from the X Office", "the ministry". */
export function roleOrOrg(
	tokens: Token[],
	i: number,
	k: number,
	reg: Registry,
	src: string,
	indefinite: boolean
): Mention | null {
	const head = tokens[k]!.lower;
	const mods = tokens.slice(i + 1, k);
	const capIdx = mods.findIndex((x) => x.cap);
	const named = capIdx >= 0 ? textOf(tokens, i + 1 + capIdx, k, src) : null;
	const { orgName, j } = organisationAfter(tokens, k + 1, src) ?? { orgName: named, j: k + 1 };
	if (ROLE_HEADS.has(head))
		return roleMention(tokens, { i, j, k, head, mods, orgName }, reg, src, indefinite);
	// Organisation anaphor: "the ministry", "the defense ministry", "the center".
	if (capIdx >= 0) {
		const written = textOf(tokens, i + 1 + capIdx, k + 1, src);
		const e = reg.org(written) ?? reg.create(written, 'agency');
		return { i, j: k + 1, ent: e, kind: 'name' };
	}
	if (indefinite) return null;
	return orgAnaphor(tokens, { i, j, k, head, mods }, reg, src);
}

/** "from the X Office", "of the ministry" after a role noun: the organisation and where it ends. */
function organisationAfter(
	tokens: Token[],
	j: number,
	src: string
): { orgName: string; j: number } | null {
	if (!tokens[j] || !['from', 'of', 'for', 'at', 'with'].includes(tokens[j]!.lower)) return null;
	let s = j + 1;
	if (tokens[s] && ['the', 'a', 'an'].includes(tokens[s]!.lower)) s++;
	const first = tokens[s];
	if (!first || first.quoted) return null;
	if (first.cap) {
		const e = runEnd(tokens, s);
		return { orgName: textOf(tokens, s, e, src), j: e };
	}
	if (!first.word || FUNCTION_WORDS.has(first.lower)) return null;
	let e = s;
	while (
		e < s + 3 &&
		tokens[e] &&
		!tokens[e]!.quoted &&
		tokens[e]!.word &&
		!tokens[e]!.cap &&
		!FUNCTION_WORDS.has(tokens[e]!.lower) &&
		!SPEECH_VERB_FORMS.has(tokens[e]!.lower)
	)
		e++;
	if (e > s && ORG_ANAPHORS.has(tokens[e - 1]!.lower))
		return { orgName: textOf(tokens, s, e, src), j: e };
	return null;
}

interface RolePhrase {
	i: number;
	j: number;
	k: number;
	head: string;
	mods: Token[];
	orgName?: string | null;
}

/** A role noun phrase: an earlier holder of the role, or a new unnamed person. */
function roleMention(
	tokens: Token[],
	p: RolePhrase,
	reg: Registry,
	src: string,
	indefinite: boolean
): Mention | null {
	const { i, j, head, mods, orgName } = p;
	// Reverse appositive "A spokesperson from X, Jean Dupont," is handled by the name that follows.
	const n1 = tokens[j];
	const n2 = tokens[j + 1];
	if (n1?.t === ',' && n2 && n2.cap && !CAP_STOP.has(n2.lower) && !placeOf(n2.t)) {
		reg.pendingRole = { text: textOf(tokens, i + 1, j, src), start: i, end: j, para: reg.para };
		return null;
	}
	if (!indefinite) {
		const modWords = mods.map((m) => m.lower).filter((w) => !CAP_STOP.has(w));
		const country = modWords.map(placeOf).find((x) => x) ?? null;
		const e = reg.resolveRole(
			head,
			modWords.filter((w) => !placeOf(w)),
			country
		);
		if (e) return { i, j, ent: e, kind: 'role' };
	}
	const cleanOrg = orgName ? orgName.replace(/^(?:unnamed|anonymous)\s+/i, '') : null;
	const lowerMods = mods
		.filter((m) => !m.cap && !UNNAMED_ADJ.has(m.lower) && !FUNCTION_WORDS.has(m.lower))
		.map((m) => m.t);
	const name = cleanOrg
		? `${cleanOrg.replace(/^the\s+/i, '')} ${head}`
		: [...lowerMods, head].join(' ');
	const e = reg.create(name, 'person', textOf(tokens, i + 1, j, src));
	e.unnamed = true;
	if (cleanOrg) {
		const org = reg.org(cleanOrg) ?? reg.create(cleanOrg.replace(/^the\s+/i, ''), 'agency');
		e.context.push(...norm(org.name).split(' '));
		if (!e.country) e.country = org.country;
	}
	return { i, j, ent: e, kind: 'role' };
}

/** An organisation's core name and role words, as an anaphor's head noun is matched against them. */
const anaphorWords = new EntMemo((e) => {
	const n = `${coreKey(e.name)} ${norm(e.role ?? '')}`;
	return { n, nameWords: n.split(' ') };
});

/** "the company", "the ministry", "the Chinese government": an organisation named before, or a new one. */
function orgAnaphor(tokens: Token[], p: RolePhrase, reg: Registry, src: string): Mention | null {
	const { i, j, k, head, mods } = p;
	const modWords = mods
		.map((m) => m.lower)
		.filter((w) => !UNNAMED_ADJ.has(w) || w === 'government');
	if (COMPANY_HEADS.test(head)) {
		const company = latestCompany(reg);
		if (company) return { i, j: k + 1, ent: company, kind: 'anaphor' };
	}
	// "the newspaper", "the daily": the publication named before, else an unnamed one.
	const media = MEDIA_HEADS.test(head);
	if (media) {
		const outlet = latestMedia(reg);
		if (outlet) return { i, j: k + 1, ent: outlet, kind: 'anaphor' };
	}
	const hw = head.replace('centre', 'center');
	const { ents } = reg;
	// The latest 300 entities, newest first, as reg.recent() gives them (an index loop: this runs often).
	for (let x = ents.length - 1; x >= 0 && x >= ents.length - 300; x--) {
		const e = ents[x]!;
		if (e.type === 'person' || e.type === 'document') continue;
		const { n, nameWords } = anaphorWords.get(e);
		if (!nameWords.includes(hw)) continue;
		if (modWords.some((w) => !placeOf(w) && !n.includes(w.replace('defence', 'defense')))) continue;
		return { i, j, ent: e, kind: 'anaphor' };
	}
	if (modWords.length === 0) {
		const e = reg.create(head, media ? 'media' : 'agency');
		e.unnamed = true;
		return { i, j: k + 1, ent: e, kind: 'anaphor' };
	}
	const written = textOf(tokens, i + 1, k + 1, src);
	const e = reg.org(written) ?? reg.create(written, media ? 'media' : 'agency');
	// "the Chinese government": a government entity named by its country words.
	if (modWords.every((w) => placeOf(w))) return { i, j: k + 1, ent: e, kind: 'name' };
	reg.addAlias(e, [...modWords, head].join(' '));
	return { i, j: k + 1, ent: e, kind: 'anaphor' };
}

/** The company "the company" means: the latest company, else the latest single-word name ("SkyWays")
 *  not named only as a listener. */
function latestCompany(reg: Registry): Ent | null {
	for (const e of reg.recent()) if (e.type === 'company') return e;
	for (const e of reg.recent(60))
		if (
			e.type === 'group' &&
			!e.unnamed &&
			!e.heardOnly &&
			/^\p{Lu}[\p{L}\p{N}&-]+$/u.test(e.name)
		) {
			e.type = 'company';
			return e;
		}
	return null;
}
