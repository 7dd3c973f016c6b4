/** Stage: what kind of party an entity speaks as (a government, a company, news media, academia), by general rules. */
import type { Ent } from './registry';
import { PLACES } from './lexicon';
import type { EntityType, PartyKind } from './types';
import { norm } from './words';

const ACADEMIC =
	/\b(?:university|professor|academy|institute|studies|scholar|researcher|lecturer|think tank)\b/;
const MEDIA =
	/\b(?:news|newspaper|daily|broadcaster|journalist|editor|reporter|tabloid|magazine|news agency)\b/;
/** Words of a government or one of its arms; "state" and "security" only with another such word. */
const GOVERNMENT =
	/\b(?:ministry|minister|government|embassy|ambassador|department|military|army|president|official|officials|office|administration|attorney|prosecutor|federal|council|commission|bureau|agency|police|defense|defence|foreign|center|centre|authorities|spokesman|spokeswoman|court|indictment|senate|congress|parliament|treasury|mayor|governor|city|county|municipal)\b/;
const COMPANY =
	/\b(?:company|corp|corporation|inc|ltd|plc|llc|technologies|systems|vendor|giant|ceo|chief executive|partner|firm|maker|manufacturer|networking|telecommunications|telecom|retailer|carrier|bank|airline|spokesperson for (?:the )?company)\b/;
const STATE_BODY = /\b(?:ministry|government|embassy)\b/;

/** The kind of party a text (name, role and context words) describes, for an entity of `type`. */
export function partyKind(text: string, type: EntityType | 'place'): PartyKind {
	const t = norm(text);
	if (type === 'place') return 'government';
	if (ACADEMIC.test(t)) return 'academic';
	// A name ending in "Media" is an outlet; "Media Research Center" is not.
	const media = type === 'media' || MEDIA.test(t) || /\bmedia$/.test(norm(text.split(',')[0]!));
	if (media && !STATE_BODY.test(t)) return 'media';
	if (type === 'company' || (COMPANY.test(t) && !STATE_BODY.test(t))) return 'company';
	if (GOVERNMENT.test(t)) return 'government';
	return 'other';
}

/** Side from the entity's role, name and context by general rules: the kind of party, never a country. */
export function inferSide(e: Ent): PartyKind {
	return partyKind(`${e.name}, ${e.role ?? ''} ${e.context.join(' ')}`, e.type);
}

/** The country an entity's name, role or context words place it in, for a government body. */
export function countryOf(e: Ent): string | null {
	if (inferSide(e) !== 'government') return null;
	return e.country ?? countryIn(`${e.name} ${e.role ?? ''} ${e.context.join(' ')}`);
}

/** Federal institutions that are American without saying so: general knowledge, like a gazetteer. */
const DEPTS =
	'justice|treasury|state|commerce|homeland security|energy|labor|agriculture|interior|transportation|veterans affairs';
const US_INSTITUTIONS = new RegExp(
	`\\b(?:(?:${DEPTS}) department|department of (?:the )?(?:${DEPTS})|fbi|cia|nsa|pentagon|white house|congress|senate|federal reserve|federal bureau of investigation|national security agency)\\b`
);

/** The country a name or role places its bearer in ("China's Foreign Ministry" → china), if any. */
export function countryIn(text: string): string | null {
	const t = text
		.toLowerCase()
		.replace(/[’]/g, "'")
		.replace(/[^\p{L}\p{N}'. ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	for (const w of t.split(' ')) {
		const bare = w.replace(/'s?$/, '');
		const place = PLACES[w] ?? PLACES[bare] ?? PLACES[bare.replace(/\.$/, '')];
		if (place) return place;
	}
	for (const two of t.match(/\b\w+ \w+\b/g) ?? []) {
		const place = PLACES[two.replace(' ', '_')];
		if (place) return place;
	}
	return US_INSTITUTIONS.test(norm(text)) ? 'us' : null;
}
