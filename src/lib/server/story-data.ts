/**
 * Reads an explainer's editorial data (`content/explainers/<slug>.json`: timeline events, the
 * accusation map, the figures a bar chart draws) and checks every reference against the bank and
 * the seeds, so a wrong paragraph, id or accuser fails the build naming the file and the field.
 */
import { isPartialDate } from '$lib/dates';
import type { Bank, Side } from '$lib/extract/types';
import { SIDE_LABEL } from '$lib/explainer/evidence';
import { ContentError } from './content-error';
import { linesOf, resolveSeed } from './evidence';

/** A paragraph of a seed, as `/sources` numbers it. */
export interface SourceRef {
	/** The seed file this resolved to. */
	seed: string;
	paragraph: number;
}

export interface StoryEvent {
	date: string;
	/** Our own words, naming who says so. */
	label: string;
	side: Side;
	source: SourceRef;
}

export interface StoryParty {
	id: string;
	label: string;
	side: Side;
}

export interface StoryAccusation {
	id: string;
	accuser: string;
	/** How the source names the accuser, word for word: checked against the cited paragraph. */
	accuserAs: string;
	accused: string;
	charge: string;
	date: string;
	source: SourceRef;
	/** The accused side's answer, or a note that the article prints none (then `source` may be absent). */
	response: { printed: boolean; words: string; quote: string | null; source: SourceRef | null };
}

export interface StoryData {
	timeline?: { from: number; to: number; events: StoryEvent[] };
	accusationMap?: { parties: StoryParty[]; accusations: StoryAccusation[] };
	figureBars?: { scale: 'log' | 'linear'; figures: string[] };
}

type Json = Record<string, unknown>;

/** Field readers that name the JSON path of what is wrong. */
function reader(file: string) {
	const fail = (field: string, problem: string): never => {
		throw new ContentError(file, field, problem);
	};
	const object = (value: unknown, field: string): Json =>
		value !== null && typeof value === 'object' && !Array.isArray(value)
			? (value as Json)
			: fail(field, 'must be an object of key: value fields');
	const array = (value: unknown, field: string): unknown[] =>
		Array.isArray(value) && value.length > 0 ? value : fail(field, 'must be a non-empty list');
	const text = (value: unknown, field: string): string =>
		typeof value === 'string' && value.trim() !== ''
			? value.trim()
			: fail(field, `must be non-empty text, got ${JSON.stringify(value)}`);
	const year = (value: unknown, field: string): number =>
		typeof value === 'number' && Number.isInteger(value) && value > 0
			? value
			: fail(field, `must be a year such as 2014, got ${JSON.stringify(value)}`);
	const side = (value: unknown, field: string): Side =>
		typeof value === 'string' && value in SIDE_LABEL
			? (value as Side)
			: fail(field, `"${String(value)}" is not one of: ${Object.keys(SIDE_LABEL).join(', ')}`);
	const date = (value: unknown, field: string): string => {
		const raw = text(value, field);
		return isPartialDate(raw) ? raw : fail(field, `"${raw}" is not a date like "2014-05"`);
	};
	return { fail, object, array, text, year, side, date };
}

type Reader = ReturnType<typeof reader>;

/** A `{ "seed", "paragraph" }` that must name an article paragraph of exactly one seed. */
function sourceRef(r: Reader, bank: Bank, value: unknown, field: string): SourceRef {
	const o = r.object(value, field);
	const name = r.text(o.seed, `${field}.seed`);
	const seed = resolveSeed(bank, name);
	if (!seed) r.fail(`${field}.seed`, `"${name}" names no single seed`);
	const paragraph = o.paragraph;
	const lines = linesOf(seed!);
	const line = lines.lines.find((l) => l.paragraph === paragraph);
	if (!line || lines.furniture.some((f) => f.start === line.start)) {
		r.fail(`${field}.paragraph`, `${seed} has no article paragraph ${JSON.stringify(paragraph)}`);
	}
	return { seed: seed!, paragraph: paragraph as number };
}

/** The text of a cited paragraph, for checks that the source says what the data claims it says. */
export function paragraphText(ref: SourceRef): string {
	const lines = linesOf(ref.seed);
	const line = lines.lines.find((l) => l.paragraph === ref.paragraph)!;
	return lines.text.slice(line.start, line.end);
}

function readTimeline(r: Reader, bank: Bank, value: unknown): StoryData['timeline'] {
	const o = r.object(value, 'timeline');
	const from = r.year(o.from, 'timeline.from');
	const to = r.year(o.to, 'timeline.to');
	if (to < from) r.fail('timeline.to', `${to} is before timeline.from (${from})`);
	const events = r.array(o.events, 'timeline.events').map((raw, i) => {
		const field = `timeline.events[${i}]`;
		const e = r.object(raw, field);
		const date = r.date(e.date, `${field}.date`);
		const year = Number(date.slice(0, 4));
		if (year < from || year > to) r.fail(`${field}.date`, `${date} is outside ${from}–${to}`);
		return {
			date,
			label: r.text(e.label, `${field}.label`),
			side: r.side(e.side, `${field}.side`),
			source: sourceRef(r, bank, e.source, `${field}.source`)
		};
	});
	return { from, to, events };
}

function readResponse(r: Reader, bank: Bank, value: unknown, field: string) {
	const o = r.object(value, field);
	if (typeof o.printed !== 'boolean') r.fail(`${field}.printed`, 'must be true or false');
	const printed = o.printed as boolean;
	const quote =
		o.quote === undefined || o.quote === null ? null : r.text(o.quote, `${field}.quote`);
	if (quote && !bank.quotes[quote]) r.fail(`${field}.quote`, `no quote ${quote} in the bank`);
	if (printed && o.source === undefined) r.fail(`${field}.source`, 'is missing');
	const source = o.source === undefined ? null : sourceRef(r, bank, o.source, `${field}.source`);
	return { printed, words: r.text(o.words, `${field}.words`), quote, source };
}

function readMap(r: Reader, bank: Bank, value: unknown): StoryData['accusationMap'] {
	const o = r.object(value, 'accusation-map');
	const parties = r.array(o.parties, 'accusation-map.parties').map((raw, i) => {
		const p = r.object(raw, `accusation-map.parties[${i}]`);
		const field = `accusation-map.parties[${i}]`;
		return {
			id: r.text(p.id, `${field}.id`),
			label: r.text(p.label, `${field}.label`),
			side: r.side(p.side, `${field}.side`)
		};
	});
	const party = (value: unknown, field: string): string => {
		const id = r.text(value, field);
		return parties.some((p) => p.id === id)
			? id
			: r.fail(field, `"${id}" is not a party; use one of ${parties.map((p) => p.id).join(', ')}`);
	};
	const accusations = r.array(o.accusations, 'accusation-map.accusations').map((raw, i) => {
		const field = `accusation-map.accusations[${i}]`;
		const a = r.object(raw, field);
		const source = sourceRef(r, bank, a.source, `${field}.source`);
		const accuserAs = r.text(a.accuserAs, `${field}.accuserAs`);
		// The map must name the accuser as the article does, not as we would summarise it.
		if (!paragraphText(source).toLowerCase().includes(accuserAs.toLowerCase())) {
			r.fail(
				`${field}.accuserAs`,
				`"${accuserAs}" does not appear in paragraph ${source.paragraph} of ${source.seed}`
			);
		}
		return {
			id: r.text(a.id, `${field}.id`),
			accuser: party(a.accuser, `${field}.accuser`),
			accuserAs,
			accused: party(a.accused, `${field}.accused`),
			charge: r.text(a.charge, `${field}.charge`),
			date: r.date(a.date, `${field}.date`),
			source,
			response: readResponse(r, bank, a.response, `${field}.response`)
		};
	});
	return { parties, accusations };
}

function readFigureBars(r: Reader, bank: Bank, value: unknown): StoryData['figureBars'] {
	const o = r.object(value, 'figure-bars');
	const scale = o.scale === undefined ? 'log' : o.scale;
	if (scale !== 'log' && scale !== 'linear')
		r.fail('figure-bars.scale', 'must be "log" or "linear"');
	const figures = r.array(o.figures, 'figure-bars.figures').map((raw, i) => {
		const id = r.text(raw, `figure-bars.figures[${i}]`);
		return bank.figures[id]
			? id
			: r.fail(`figure-bars.figures[${i}]`, `no figure ${id} in the bank`);
	});
	return { scale: scale as 'log' | 'linear', figures };
}

const KEYS = ['timeline', 'accusation-map', 'figure-bars'];

/** Validates one explainer's data file (`file` as named in errors); `undefined` means it has none. */
export function readStoryData(file: string, json: unknown, bank: Bank): StoryData {
	if (json === undefined) return {};
	const r = reader(file);
	const o = r.object(json, 'the file');
	const unknown = Object.keys(o).find((k) => !KEYS.includes(k));
	if (unknown) r.fail(unknown, `is not a graphic's data; use one of ${KEYS.join(', ')}`);
	const data: StoryData = {};
	if (o.timeline !== undefined) data.timeline = readTimeline(r, bank, o.timeline);
	if (o['accusation-map'] !== undefined) data.accusationMap = readMap(r, bank, o['accusation-map']);
	if (o['figure-bars'] !== undefined) data.figureBars = readFigureBars(r, bank, o['figure-bars']);
	return data;
}
