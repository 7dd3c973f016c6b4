/** Coreference: which entity a pronoun stands for, from the mentions before it and the discourse's centre. */
import { pronounFits } from './gender';
import type { Ent, Mention, Registry } from './registry';
import { NAME_WORD } from './words';

/** Initials and a surname: "J.M. Berger", "T. Okafor". */
const INITIALS_NAME = /^(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/** A person, or a bare surname nothing else is known of ("Okafor said"): a "he" or "she" may be it. */
export function personLike(e: Ent): boolean {
	return (
		e.type === 'person' ||
		(e.type === 'group' &&
			!e.unnamed &&
			!e.role &&
			!e.openerOnly &&
			!e.placeLike &&
			(NAME_WORD.test(e.name) || INITIALS_NAME.test(e.name)))
	);
}

/** How many mentions back "it" or "they" looks in its own sentence. */
const SENTENCE_REACH = 30;

/** "he", "she": the most salient fitting person (`subject`: the pronoun is its sentence's subject);
 *  "it", "they": the nearest fitting thing in the pronoun's sentence (`inSentence` tells which of the
 *  paragraph's mentions so far are in it), else the most salient, else the last speaker or thing. */
export function resolvePronoun(
	reg: Registry,
	w: string,
	local: Mention[] = [],
	subject = false,
	inSentence: (m: Mention) => boolean = () => true
): Ent | null {
	const person = w === 'he' || w === 'she' || w === 'him' || w === 'her';
	if (person) return reg.focus.best((e) => personFit(e, w), subject) ?? personInFocus(reg, w);
	const fits = (e: Ent): boolean =>
		e.type !== 'person' &&
		e.type !== 'place' &&
		!personLike(e) &&
		(w === 'they' || !(e.type === 'group' && /s$/i.test(e.name)));
	for (let k = local.length - 1; k >= Math.max(0, local.length - SENTENCE_REACH); k--) {
		if (!inSentence(local[k]!)) break;
		if (fits(local[k]!.ent)) return local[k]!.ent;
	}
	const thing = reg.focus.best((e) => (fits(e) ? 1 : 0), subject);
	if (thing) return thing;
	if (reg.lastSpeaker && reg.lastSpeaker.type !== 'person') return reg.lastSpeaker;
	return reg.lastThing;
}

/** Whether an entity can be a "he" or "she": 1 or 0, a factor of its salience. */
const personFit = (e: Ent, w: string): number =>
	personLike(e) && pronounFits(w, e.gender) ? 1 : 0;

/** The person a "he" or "she" most likely means when the sentence so far names none. */
function personInFocus(reg: Registry, w: string): Ent | null {
	const ls = reg.lastSpeaker;
	// The discourse's centre: whichever of the last speaker and the last subject is more recent.
	const centres = reg.subjectAt > reg.speakerAt ? [reg.lastSubject, ls] : [ls, reg.lastSubject];
	for (const c of centres) if (c && personLike(c) && pronounFits(w, c.gender)) return c;
	// A bare surname that spoke ("Putin said") may be the "he".
	if (
		ls &&
		ls.type === 'group' &&
		!ls.unnamed &&
		/^\p{Lu}\p{Ll}+$/u.test(ls.name) &&
		!reg.lastPerson
	)
		return ls;
	const lp = reg.lastPerson;
	if (!lp || pronounFits(w, lp.gender)) return lp;
	// The last person is of the other gender: the latest named person who fits.
	for (const e of reg.recent(60))
		if (e.type === 'person' && !e.unnamed && pronounFits(w, e.gender)) return e;
	return lp;
}
