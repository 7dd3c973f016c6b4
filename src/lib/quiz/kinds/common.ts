/** Shared pieces of the question generators: source references, who-is-who, and distractor pools. */
import type { Bank, Entity, EntityType, Figure, Quote, Side } from '$lib/extract/types';
import { actorsOf } from '../actors';
import { namedIn } from '../mask';
import type { Rng } from '../random';
import { KIND_SKILLS } from '../labels';
import type { Question, QuestionKind, SourceRef } from '../types';

/** What a generator needs: the bank, optionally the seed texts (for context sentences), and its own randomness. */
export interface Context {
	bank: Bank;
	texts?: Record<string, string>;
	rng: Rng;
}

export type Generator = (ctx: Context, itemId: string) => Question | null;

export type Item = Quote | Figure;

export function sourceRef(bank: Bank, item: Item): SourceRef {
	const article = bank.articles.find((a) => a.seed === item.seed);
	const slug = article?.slug ?? item.seed.replace(/\.txt$/, '');
	return {
		item: item.id,
		seed: item.seed,
		slug,
		href: `/sources/${slug}#${item.id}`,
		outlet: article?.outlet ?? slug,
		published: article?.published ?? '',
		paragraph: item.paragraph
	};
}

/** Other articles' versions of the same words or number, one per article (its first version). */
export function alsoIn(bank: Bank, item: Item): SourceRef[] {
	const link = bank.links.find((l) => l.items.includes(item.id));
	if (!link) return [];
	const seen = new Set([item.seed]);
	return link.items
		.map((id) => bank.quotes[id] ?? bank.figures[id])
		.filter((other): other is Item => {
			if (other === undefined || seen.has(other.seed)) return false;
			seen.add(other.seed);
			return true;
		})
		.map((other) => sourceRef(bank, other));
}

/** A name as a sentence uses it: "the indictment", "the defense ministry" for names written in lower case. */
/** First words that already make a name a noun phrase: "most of those polled", "some residents". */
const DETERMINED =
	/^(?:a|an|the|this|that|these|those|some|most|many|much|few|several|half|all|both|each|every|no|any|one|his|her|their|its|our)\b/u;

/** A name as a sentence uses it: "the ministry", but "most of those polled" and "Kent" as they are. */
export function displayName(entity: Entity): string {
	return /^\p{Ll}/u.test(entity.name) && !DETERMINED.test(entity.name)
		? `the ${entity.name}`
		: entity.name;
}

export function whoOf(entity: Entity | undefined) {
	return entity ? { name: displayName(entity), role: roleOf(entity), side: entity.side } : null;
}

export function viaNames(bank: Bank, via: string[]): string[] {
	return via.map((id) => bank.entities[id]?.name ?? id);
}

/** Entity kinds a reader would treat as the same sort of thing: people, organisations, news outlets. */
const FAMILY: Record<EntityType, string> = {
	person: 'person',
	agency: 'org',
	document: 'org',
	survey: 'org',
	group: 'org',
	company: 'company',
	media: 'media'
};

function sameFamily(a: Entity, b: Entity): boolean {
	return FAMILY[a.type] === FAMILY[b.type];
}

function broadSide(side: Side): string {
	return side.startsWith('china') ? 'china' : side.startsWith('us') ? 'us' : side;
}

const normCache = new Map<string, string>();
function norm(name: string): string {
	let hit = normCache.get(name);
	if (hit === undefined) {
		hit = name
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
		if (normCache.size > 10000) normCache.clear();
		normCache.set(name, hit);
	}
	return hit;
}

/** Two entities a student could not tell apart as answers: same name, or one's name is the other's alias. */
export function confusable(a: Entity, b: Entity): boolean {
	const namesA = new Set([a.name, ...a.aliases].map(norm));
	const namesB = [b.name, ...b.aliases].map(norm);
	return (
		namesB.some((n) => namesA.has(n)) ||
		norm(a.name).includes(norm(b.name)) ||
		norm(b.name).includes(norm(a.name))
	);
}

const voiceCache = new WeakMap<Bank, readonly Entity[]>();

/**
 * Entities that speak or claim something somewhere in the bank: the plausible answers. Cached per
 * bank (banks are never changed once built), since every question of a long article asks for them.
 */
export function voices(bank: Bank): readonly Entity[] {
	const hit = voiceCache.get(bank);
	if (hit) return hit;
	const ids = new Set<string>();
	for (const q of Object.values(bank.quotes)) if (q.speakerId) ids.add(q.speakerId);
	for (const f of Object.values(bank.figures)) if (f.claimantId) ids.add(f.claimantId);
	const found = [...ids]
		.sort()
		.map((id) => bank.entities[id])
		.filter((e): e is Entity => e !== undefined);
	voiceCache.set(bank, found);
	return found;
}

/**
 * Picks `n` distractors for `answer` from `pool`, best first: same family and side, then same family,
 * then anyone. None is confusable with, the same actor as, or an ancestor or descendant of the answer
 * or anyone in `exclude`; no two denote one actor; none is named in the item's sentence (naming them
 * there could make them a defensible answer). Null when too few exist.
 */
export function distractors(
	ctx: Context,
	answer: Entity,
	pool: readonly Entity[],
	n: number,
	options: { exclude?: Entity[]; item?: Item } = {}
): Entity[] | null {
	const actors = actorsOf(ctx.bank);
	const taken = [answer, ...(options.exclude ?? [])];
	const sentence = options.item ? sentenceOf(ctx, options.item)?.text : undefined;
	const named = (e: Entity) => sentence !== undefined && namedIn(sentence, e);
	const usable = pool.filter(
		(e) =>
			!named(e) &&
			!taken.some((t) => t.id === e.id || confusable(t, e) || actors.related(t.id, e.id))
	);
	const tiers = [
		usable.filter((e) => sameFamily(e, answer) && broadSide(e.side) === broadSide(answer.side)),
		usable.filter((e) => sameFamily(e, answer)),
		usable
	];
	const picked: Entity[] = [];
	for (const tier of tiers) {
		for (const e of ctx.rng.shuffle(tier)) {
			if (picked.length === n) break;
			const clash = (p: Entity) =>
				p.id === e.id || confusable(p, e) || actors.actor(p.id) === actors.actor(e.id);
			if (!picked.some(clash)) picked.push(e);
		}
	}
	return picked.length === n ? picked : null;
}

/** Every entity id that names the same actor as the answer: the answers a student could defend. */
export function acceptable(ctx: Context, answer: Entity): string[] {
	return [...actorsOf(ctx.bank).names(answer.id)].sort();
}

/** The sentence around an item, from the seed text when we have it. */
export function sentenceOf(ctx: Context, item: Item): { text: string; start: number } | null {
	const text = ctx.texts?.[item.seed];
	if (!text) return null;
	return { text: text.slice(item.sentence.start, item.sentence.end), start: item.sentence.start };
}

/** An entity's role, unless it only repeats the name ("IBM spokesperson (IBM spokesperson)"). */
export function roleOf(entity: Entity): string | null {
	const role = entity.role?.trim();
	return role && role.toLowerCase() !== entity.name.toLowerCase() ? role : null;
}

export function choiceOf(entity: Entity) {
	const role = roleOf(entity);
	const label = displayName(entity);
	return role ? { value: entity.id, label, detail: role } : { value: entity.id, label };
}

/** The key that stops one quiz asking twice about the same words: the link when several outlets carry them. */
export function itemKey(bank: Bank, itemId: string): string {
	return bank.links.find((l) => l.items.includes(itemId))?.id ?? itemId;
}

export function base(
	bank: Bank,
	item: Item,
	kind: QuestionKind
): Pick<Question, 'id' | 'kind' | 'source' | 'via' | 'alsoIn' | 'skill'> {
	return {
		id: `${item.id}.${kind}`,
		kind,
		skill: KIND_SKILLS[kind],
		source: sourceRef(bank, item),
		via: viaNames(bank, item.via),
		alsoIn: alsoIn(bank, item)
	};
}

/** Quotes worth a question: real speech of four words or more. */
export function usableQuote(q: Quote | undefined): q is Quote {
	return q !== undefined && q.kind !== 'fragment' && q.text.split(/\s+/).length >= 4;
}
