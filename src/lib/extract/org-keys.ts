/** Organisation keys: one key for every written form of the same organisation within an article. */
import { PLACES } from './lexicon';
import { baseWord, norm, placeOf } from './words';

/**
 * Keys for an organisation name: its core words (no determiner, "of the X" turned round), qualified
 * by the country named before or after it. A long core is specific enough to stand alone too.
 */
const keyCache = new Map<string, string[]>();

export function orgKeys(name: string): string[] {
	let hit = keyCache.get(name);
	if (!hit) {
		hit = computeOrgKeys(name);
		if (keyCache.size > 5000) keyCache.clear();
		keyCache.set(name, hit);
	}
	return hit;
}

function computeOrgKeys(name: string): string[] {
	let words = norm(name.replace(/\./g, '')).split(' ');
	let country: string | null = null;
	while (words.length > 1) {
		const two = words.length > 2 ? PLACES[`${words[0]} ${baseWord(words[1]!)}`] : undefined;
		if (two) {
			country ??= two;
			words = words.slice(2);
		} else if (words[0] === 'the' || placeOf(words[0]!) !== null) {
			country ??= placeOf(words[0]!);
			words = words.slice(1);
		} else break;
	}
	let s = words.join(' ');
	const tail = / of (?:the )?([a-z']+(?: [a-z']+)?)$/.exec(s);
	if (tail && PLACES[tail[1]!] && s.split(' ').length > 3) {
		country ??= PLACES[tail[1]!]!;
		s = s.slice(0, tail.index);
	}
	s = s.replace(/defence/g, 'defense').replace(/centre/g, 'center');
	const m = /^(ministry|department|office|bureau) of (?:the )?(.+)$/.exec(s);
	const core = m ? `${m[2]} ${m[1]}` : s;
	if (!country) return [core];
	return core.split(' ').length >= 3 ? [`${country}:${core}`, core] : [`${country}:${core}`];
}

/** The most specific key of an organisation name. */
export const orgKey = (name: string): string => orgKeys(name)[0]!;

const coreCache = new Map<string, string>();

/** The key without its country qualifier (remembered per name, as orgKeys are). */
export function coreKey(name: string): string {
	let hit = coreCache.get(name);
	if (hit === undefined) {
		hit = orgKey(name).replace(/^[^:]*:/, '');
		if (coreCache.size > 5000) coreCache.clear();
		coreCache.set(name, hit);
	}
	return hit;
}
