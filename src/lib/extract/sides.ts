/** Sides: who an entity speaks for, from its role, name, country and context by general rules. */
import type { Side } from './types';
import type { Ent } from './registry';
import { norm, placeOf } from './words';

/** Federal institutions that are American without saying so. */
const DEPTS =
	'justice|treasury|state|commerce|homeland security|energy|labor|agriculture|interior|transportation|veterans affairs';
const US_INSTITUTIONS = new RegExp(
	`\\b(?:(?:${DEPTS}) department|department of (?:the )?(?:${DEPTS})|fbi|cia|nsa|pentagon|white house|congress|senate|federal reserve|federal bureau of investigation|national security agency)\\b`
);

/** Side from the entity's role, name, country and context by general rules. */
export function inferSide(e: Ent): Side {
	const text = norm(`${e.name} ${e.role ?? ''} ${e.context.join(' ')}`);
	const words = new Set(text.split(' ').map((w) => w.replace(/'s$/, '')));
	const has = (re: RegExp): boolean => re.test(text);
	let country = e.country;
	if (!country) for (const w of words) if (placeOf(w)) country = placeOf(w);
	if (!country && US_INSTITUTIONS.test(text)) country = 'us';
	if (e.type === 'place') {
		if (country === 'china') return 'china-government';
		if (country === 'us') return 'us-government';
		return 'other';
	}
	if (
		has(
			/\b(?:university|professor|academy|institute|studies|scholar|researcher|lecturer|think tank)\b/
		)
	)
		return 'academic';
	if (
		e.type === 'media' ||
		has(/\b(?:news|newspaper|daily|broadcaster|journalist|editor|reporter|media)\b/)
	) {
		if (!has(/\b(?:ministry|government|department)\b/)) {
			if (country === 'china') return 'china-media';
			if (country === 'us') return 'us-media';
			return 'media';
		}
	}
	const gov = has(
		/\b(?:ministry|minister|government|embassy|ambassador|department|state|military|army|president|official|officials|office|administration|attorney|prosecutor|federal|council|commission|bureau|agency|police|defense|defence|foreign|center|centre|authorities|spokesman|spokeswoman|court|indictment|senate|congress|treasury|security)\b/
	);
	const company = has(
		/\b(?:company|corp|corporation|inc|technologies|systems|vendor|giant|ceo|partner|firm|maker|manufacturer|networking|telecommunications|telecom|spokesperson for (?:the )?company)\b/
	);
	if (company && !has(/\b(?:ministry|government|embassy)\b/)) {
		if (country === 'china') return 'china-company';
		if (country === 'us') return 'us-company';
		return 'other';
	}
	if (gov) {
		if (country === 'china') return 'china-government';
		if (country === 'us') return 'us-government';
	}
	return 'other';
}
