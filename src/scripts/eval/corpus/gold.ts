/** Gold quoted pieces of an annotated article: text in quotation marks inside an attribution's content. */
import type { Span } from '../../../lib/extract/types';
import type { Attribution } from './brat';

export type SourceClass = 'named' | 'pronoun' | 'unnamed' | 'none';

export interface GoldQuote extends Span {
	/** The annotated source as written, or null when the attribution names none. */
	source: string | null;
	sourceClass: SourceClass;
	/** Words a predicted speaker must share one of: the source's, or a pronoun's antecedent's. */
	speakerWords: string[];
}

const PRONOUN =
	/^(he|she|they|it|we|i|you|him|her|them|us|me|his|hers|their|its|our|my|your|this|that|these|those|who|which)$/i;
const DETERMINER =
	/^(the|a|an|this|that|these|those|some|many|several|one|two|both|other|another|most|all)$/i;
/** Words that say nothing about which person or body is meant. */
const NON_TITLE =
	/^(the|a|an|of|and|or|for|in|on|at|to|by|with|from|mr|mrs|ms|miss|dr|rev|sen|senator|rep|gov|governor|gen|president|vice|secretary|former|prof|professor|sir|dame|lord|lady|st|jr|sr|mayor|chairman|chief|candidate|nominee|democratic|republican|presidential|\w)$/i;

/** Lower-case content words of a name or phrase, titles and function words removed. */
export function nameWords(s: string): string[] {
	return s
		.replace(/['’]s\b/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w && !NON_TITLE.test(w))
		.map((w) => w.toLowerCase());
}

export function classifySource(source: string | null): SourceClass {
	if (source === null || !source.trim()) return 'none';
	const words = source.trim().split(/\s+/);
	if (words.length <= 2 && words.every((w) => PRONOUN.test(w.replace(/[^\p{L}]/gu, ''))))
		return 'pronoun';
	const proper = words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && DETERMINER.test(w)));
	return proper ? 'named' : 'unnamed';
}

/** Quoted segments of the text: between “ and ”, or paired straight marks, within a paragraph; an
 *  opening mark left unclosed at a paragraph's end runs to that end (a quote continued below). */
export function quotedSegments(text: string): Span[] {
	const out: Span[] = [];
	const para = /[^\n]+/g;
	for (let m = para.exec(text); m; m = para.exec(text)) {
		const base = m.index;
		const line = m[0];
		let open = -1;
		let width = 1;
		for (let i = 0; i < line.length; i++) {
			// Two apostrophes ('') serve as a straight double mark in some wire copy.
			const pair = line.startsWith("''", i);
			const straight = line[i] === '"' || pair;
			const opens = line[i] === '“' || (straight && open < 0);
			const closes = line[i] === '”' || (straight && open >= 0);
			if (closes && open >= 0) {
				if (i > open + width) out.push({ start: base + open + width, end: base + i });
				open = -1;
			} else if (opens) {
				open = i;
				width = pair ? 2 : 1;
			}
			if (pair) i++;
		}
		if (open >= 0 && line.length > open + width)
			out.push({ start: base + open + width, end: base + line.length });
	}
	return out.filter((s) => /\p{L}/u.test(text.slice(s.start, s.end)));
}

export function overlap(a: Span, b: Span): number {
	return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const textOf = (text: string, spans: Span[]): string =>
	[...spans]
		.sort((a, b) => a.start - b.start)
		.map((s) => text.slice(s.start, s.end))
		.join(' ');

/** Gold quotes: quoted segments lying mostly (over half) inside one attribution's content. Pronoun
 *  sources take the words of the nearest named source annotated before them. */
export function goldQuotes(text: string, attributions: Attribution[]): GoldQuote[] {
	const withSource = attributions
		.map((a) => ({ a, source: a.source.length ? textOf(text, a.source) : null }))
		.map((x) => ({ ...x, cls: classifySource(x.source), at: x.a.source[0]?.start ?? -1 }));
	const named = withSource.filter((x) => x.cls === 'named').sort((p, q) => p.at - q.at);
	const antecedent = (at: number): string[] => {
		let best: string[] = [];
		for (const n of named) if (n.at < at) best = nameWords(n.source ?? '');
		return best;
	};
	const out: GoldQuote[] = [];
	for (const seg of quotedSegments(text)) {
		const len = seg.end - seg.start;
		const owner = withSource.find(
			(x) => x.a.content.reduce((n, c) => n + overlap(seg, c), 0) * 2 > len
		);
		if (!owner) continue;
		const speakerWords =
			owner.cls === 'pronoun'
				? antecedent(Math.min(owner.at, seg.start))
				: owner.source
					? nameWords(owner.source)
					: [];
		out.push({ ...seg, source: owner.source, sourceClass: owner.cls, speakerWords });
	}
	return out;
}
