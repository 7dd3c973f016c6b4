/** Reads an explainer: validates its frontmatter and every bank id its tags name, so a typo fails the build. */
import type { Bank } from '$lib/extract/types';
import { GRAPHICS, type GraphicName } from '$lib/scrolly/graphics';
import { ContentError } from './content-error';
import { linesOf, resolveSeed } from './evidence';
import * as fm from './frontmatter';
import { focusProblem } from './step-focus';
import type { StoryData } from './story-data';

export interface Tag {
	name: string;
	attrs: Record<string, string>;
	line: number;
}

export interface CiteRef {
	/** The seed as the tag names it, which is how the page looks the cite up. */
	name: string;
	seed: string;
	paragraph: number;
}

export interface Explainer {
	slug: string;
	file: string;
	title: string;
	description: string;
	/** Slug of the quiz module the explainer ends with. */
	quiz: string;
	order: number;
	quotes: string[];
	figures: string[];
	cites: CiteRef[];
	graphics: string[];
	/** Question ids (`<item>.<kind>`) of the embedded checkpoints. */
	checkpoints: string[];
	/** Seed files the explainer draws on, through any of its tags and its data file. */
	seeds: string[];
	/** Its data file (`content/explainers/<slug>.json`), validated. */
	story: StoryData;
	/** The quote ids of each quote-cards section, by its label, so cards render before any script runs. */
	cards: Record<string, string[]>;
}

/** Which key of the data file each graphic draws from (quote cards draw from their steps). */
const DATA_KEY: Partial<Record<GraphicName, keyof StoryData>> = {
	timeline: 'timeline',
	'accusation-map': 'accusationMap',
	'figure-bars': 'figureBars'
};

const TAG = /<(Quote|Figure|Cite|Checkpoint|Scrolly|Step)\b([^>]*?)\/?>/g;
const ATTR = /([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;

/** Every bank-bound tag in a document's source, with its attributes and line number. */
export function scanTags(raw: string): Tag[] {
	const tags: Tag[] = [];
	for (const match of raw.matchAll(TAG)) {
		const attrs: Record<string, string> = {};
		for (const a of match[2]!.matchAll(ATTR)) {
			// id={"q-1"} is the same id as id="q-1".
			attrs[a[1]!] = (a[2] ?? a[3] ?? a[4] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
		}
		const line = raw.slice(0, match.index).split('\n').length;
		tags.push({ name: match[1]!, attrs, line });
	}
	return tags;
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const next = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = next;
		}
	}
	return row[b.length]!;
}

/** "Did you mean q-2167ddd3 (“The Chinese government…” — Zheng Zeguang)?" for a mistyped id. */
export function suggestion(bank: Bank, id: string): string {
	const pool = id.startsWith('f-')
		? Object.values(bank.figures).map((f) => ({ id: f.id, label: `${f.text} (${f.counts})` }))
		: Object.values(bank.quotes).map((q) => ({
				id: q.id,
				label: `“${q.text.slice(0, 60)}${q.text.length > 60 ? '…' : ''}” — ${q.speaker ?? 'unattributed'}`
			}));
	const best = pool
		.map((item) => ({ ...item, d: distance(id, item.id) }))
		.sort((a, b) => a.d - b.d)[0];
	const hint = best && best.d <= 3 ? ` Did you mean ${best.id} (${best.label})?` : '';
	return `${hint} Ids are listed by \`npm run extract\` and at /api/bank.json.`;
}

function attr(file: string, tag: Tag, key: string): string {
	const value = tag.attrs[key];
	if (!value) {
		throw new ContentError(file, null, `<${tag.name}> on line ${tag.line} needs a ${key}="…"`);
	}
	return value;
}

function citeRef(bank: Bank, file: string, tag: Tag): CiteRef {
	const name = attr(file, tag, 'seed');
	const seed = resolveSeed(bank, name);
	if (!seed) {
		throw new ContentError(
			file,
			null,
			`<Cite seed="${name}"> on line ${tag.line} names no single seed; use one of ${bank.articles.map((a) => a.slug).join(', ')}`
		);
	}
	const paragraph = Number(attr(file, tag, 'paragraph'));
	const line = linesOf(seed).lines.find((l) => l.paragraph === paragraph);
	const furniture = linesOf(seed).furniture.some((f) => line && f.start === line.start);
	if (!line || furniture) {
		throw new ContentError(
			file,
			null,
			`<Cite seed="${name}" paragraph="${tag.attrs.paragraph}"> on line ${tag.line}: ${seed} has no article paragraph ${tag.attrs.paragraph}`
		);
	}
	return { name, seed, paragraph };
}

/** Validates one explainer (exported for tests): frontmatter fields and every id its tags name. */
export function readExplainer(
	path: string,
	metadata: unknown,
	raw: string,
	bank: Bank,
	story: StoryData = {}
): Explainer {
	const file = path.slice(1);
	const front = fm.asFrontmatter(file, metadata);
	const slug = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');
	const quiz = fm.text(file, front, 'quiz');
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(quiz)) {
		throw new ContentError(file, 'quiz', `"${quiz}" is not a quiz module slug`);
	}
	const explainer: Explainer = {
		slug,
		file,
		title: fm.text(file, front, 'title'),
		description: fm.text(file, front, 'description'),
		quiz,
		order: fm.positiveInteger(file, front, 'order'),
		quotes: [],
		figures: [],
		cites: [],
		graphics: [],
		checkpoints: [],
		seeds: [],
		story,
		cards: {}
	};
	const seeds = new Set<string>();
	/** The label of the quote-cards section the next steps belong to. */
	let cardsLabel = '';
	/** The graphic of the <Scrolly> the next steps belong to. */
	let current: GraphicName | null = null;
	for (const tag of scanTags(raw)) {
		if (tag.name === 'Quote' || tag.name === 'Figure') {
			const id = attr(file, tag, 'id');
			const item = tag.name === 'Quote' ? bank.quotes[id] : bank.figures[id];
			if (!item) {
				throw new ContentError(
					file,
					null,
					`<${tag.name} id="${id}"> on line ${tag.line}: no ${tag.name.toLowerCase()} with this id in the evidence bank.${suggestion(bank, id)}`
				);
			}
			(tag.name === 'Quote' ? explainer.quotes : explainer.figures).push(id);
			seeds.add(item.seed);
		} else if (tag.name === 'Cite') {
			const ref = citeRef(bank, file, tag);
			explainer.cites.push(ref);
			seeds.add(ref.seed);
		} else if (tag.name === 'Scrolly') {
			const graphic = attr(file, tag, 'graphic');
			if (!(GRAPHICS as readonly string[]).includes(graphic)) {
				throw new ContentError(
					file,
					null,
					`<Scrolly graphic="${graphic}"> on line ${tag.line}: use one of ${GRAPHICS.join(', ')}`
				);
			}
			current = graphic as GraphicName;
			const key = DATA_KEY[current];
			if (key && !story[key]) {
				throw new ContentError(
					file.replace(/\.md$/, '.json'),
					GRAPHICS.find((g) => DATA_KEY[g] === key)!,
					`is missing, and <Scrolly graphic="${graphic}"> on line ${tag.line} draws from it`
				);
			}
			if (current === 'quote-cards') {
				cardsLabel = attr(file, tag, 'label');
				if (explainer.cards[cardsLabel]) {
					throw new ContentError(
						file,
						null,
						`<Scrolly label="${cardsLabel}"> on line ${tag.line}: two quote-cards sections share this label`
					);
				}
				explainer.cards[cardsLabel] = [];
			}
			explainer.graphics.push(graphic);
		} else if (tag.name === 'Step' && tag.attrs.focus !== undefined) {
			const focus = tag.attrs.focus;
			const problem = current
				? focusProblem(bank, story, current, focus)
				: 'a <Step> belongs inside a <Scrolly graphic="…">';
			if (problem) {
				const hint = focus.startsWith('q-') && !bank.quotes[focus] ? suggestion(bank, focus) : '';
				throw new ContentError(
					file,
					null,
					`<Step focus="${focus}"> on line ${tag.line}: ${problem}.${hint}`
				);
			}
			if (current === 'quote-cards') {
				// Quote cards show the quote a step focuses on.
				if (!bank.quotes[focus]) {
					throw new ContentError(
						file,
						null,
						`<Step focus="${focus}"> on line ${tag.line}: no quote with this id in the evidence bank.${suggestion(bank, focus)}`
					);
				}
				explainer.quotes.push(focus);
				explainer.cards[cardsLabel]!.push(focus);
				seeds.add(bank.quotes[focus]!.seed);
			}
		} else if (tag.name === 'Checkpoint') {
			explainer.checkpoints.push(attr(file, tag, 'question'));
		}
	}
	for (const event of story.timeline?.events ?? []) seeds.add(event.source.seed);
	for (const a of story.accusationMap?.accusations ?? []) seeds.add(a.source.seed);
	for (const id of story.figureBars?.figures ?? []) seeds.add(bank.figures[id]!.seed);
	explainer.seeds = [...seeds].sort();
	return explainer;
}
