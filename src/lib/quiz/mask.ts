/** Hides a speaker's own name (and their organisation's) inside a quote, so the words do not give the answer away. */
import type { Entity, EntityType } from '$lib/extract/types';

const PLACEHOLDER: Record<EntityType, string> = {
	person: '[the speaker]',
	agency: '[the agency]',
	company: '[the company]',
	media: '[the outlet]',
	document: '[the document]',
	survey: '[the survey]',
	group: '[the group]'
};

/** Capitalised words in a role that name places, nationalities or job titles, not an organisation. */
const NOT_ORG = new Set(
	`a an the of and for in on at to unnamed author source president director professor spokesperson
	spokesman spokeswoman minister assistant deputy ceo chief head secretary ambassador official
	china china's chinese u.s. us united states american america beijing washington university center
	centre ministry department office national state government foreign affairs defense defence
	internet information studies political science team coordination grand jury statement report
	security research media network computer emergency response technical affairs post partner
	technology technologies telecommunications company services service`
		.split(/\s+/)
		.filter(Boolean)
);

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Titles end an organisation's name: "Fire Chief" names the fire service and a chief. */
const TITLE_WORDS = new Set(
	`president director professor spokesperson spokesman spokeswoman minister assistant deputy ceo
	chief head secretary ambassador official author source unnamed partner commissioner captain`
		.split(/\s+/)
		.filter(Boolean)
);

/** Words that join the words of one name ("Bank of England", "Health and Safety Executive"). */
const JOINERS = new Set(['of', 'and', '&']);

/**
 * Organisations named in a role ("Cisco spokesperson" → Cisco): capitalised words that are not titles
 * or places. A name of several words comes first, whole ("spokesperson for the Department of Health"
 * → "Department of Health", then "Health"), so that the text never reads "Department of [their
 * organisation]".
 */
export function organisationsIn(role: string | null): string[] {
	const runs: string[] = [];
	const words: string[] = [];
	let run: string[] = [];
	let named = false;
	const flush = () => {
		while (run.length > 0 && JOINERS.has(run[run.length - 1]!)) run.pop();
		if (named && run.length > 1) runs.push(run.join(' '));
		run = [];
		named = false;
	};
	for (const word of (role ?? '').split(/[\s,()]+/)) {
		const bare = word.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}.&-]/gu, '');
		if (TITLE_WORDS.has(bare.toLowerCase())) flush();
		else if (/^\p{Lu}/u.test(bare) && bare.length > 1) {
			run.push(bare);
			if (!NOT_ORG.has(bare.toLowerCase())) {
				named = true;
				words.push(bare);
			}
		} else if (run.length > 0 && JOINERS.has(bare)) run.push(bare);
		else flush();
		// A possessive ends the name it closes ("Cisco's chief").
		if (/['’]s$/.test(word)) flush();
	}
	flush();
	return [...new Set([...runs.sort((a, b) => b.length - a.length), ...words])];
}

/** Names that would reveal the entity: its name and aliases, longest first ("Zheng Zeguang" before "Zheng"). */
export function revealingNames(entity: Entity): string[] {
	return (
		[...new Set([entity.name, ...entity.aliases].map((n) => n.trim()))]
			// All-lowercase aliases ("the article", "the spokesman") are references, not names.
			.filter((n) => n.length > 1 && /\p{Lu}/u.test(n))
			.sort((a, b) => b.length - a.length)
	);
}

/** A person's surname, which the text uses alone after the first mention ("Pryor said"): the last
 *  word of a name of two or more, when it is a capitalised word (not "Jr." or an initial). */
export function surnameOf(entity: Entity): string | null {
	if (entity.type !== 'person') return null;
	const words = entity.name.trim().split(/\s+/);
	const last = words[words.length - 1]!;
	return words.length > 1 && /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u.test(last) ? last : null;
}

/** Whether the text names the entity: any revealing name, or a person's surname as written. */
export function namedIn(text: string, entity: Entity): boolean {
	const surname = surnameOf(entity);
	return mentions(text, revealingNames(entity)) || (!!surname && pattern(surname, 'gu').test(text));
}

/** A whole-word match that also swallows a leading "the", so no "the [the agency]". */
const patterns = new Map<string, RegExp>();
function pattern(name: string, flags = 'giu'): RegExp {
	const key = `${flags}:${name}`;
	let re = patterns.get(key);
	if (!re) {
		const bare = name.replace(/^the\s+/i, '');
		re = new RegExp(`(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?${escape(bare)}(?![\\p{L}\\p{N}])`, flags);
		if (patterns.size > 5000) patterns.clear();
		patterns.set(key, re);
	}
	// Global expressions remember where they stopped; every use starts from the beginning.
	re.lastIndex = 0;
	return re;
}

/** True when any of the names appears in the text as a whole word, ignoring case. */
export function mentions(text: string, names: string[]): boolean {
	return names.some((name) => pattern(name).test(text));
}

export interface Masked {
	text: string;
	/** How many names were replaced. */
	count: number;
}

/** Replaces every revealing name of each entity with a placeholder such as "[the company]". */
export function mask(text: string, entities: Entity[]): Masked {
	let out = text;
	let count = 0;
	const replace = (re: RegExp, placeholder: string) => {
		out = out.replace(re, (match) => {
			count++;
			// Keep the capital of a sentence-initial "The".
			return /^T/.test(match) ? placeholder.replace('[the', '[The') : placeholder;
		});
	};
	for (const entity of entities) {
		for (const name of revealingNames(entity)) replace(pattern(name), PLACEHOLDER[entity.type]);
		// A surname alone, as written: "Young" must not hide "young".
		const surname = surnameOf(entity);
		if (surname) replace(pattern(surname, 'gu'), PLACEHOLDER[entity.type]);
		// Role-derived names match only as written: "Security" in a role must not hide "security".
		for (const name of organisationsIn(entity.role)) {
			replace(pattern(name, 'gu'), '[their organisation]');
		}
	}
	// "the agency (CNCERT)" masks to "[the agency] ([the agency])": say it once.
	out = out.replace(
		/(\[[Tt]he [a-z]+\]|\[their [a-z]+\])\s*\(\s*\[(?:the|their) [a-z]+\]\s*\)/g,
		'$1'
	);
	return { text: out, count };
}

/** Words left that are not placeholders: too few and the question is a guessing game. */
export function wordsLeft(masked: string): number {
	return masked
		.replace(/\[(the|their) [a-z]+\]/gi, ' ')
		.split(/\s+/)
		.filter((w) => /\p{L}/u.test(w)).length;
}
