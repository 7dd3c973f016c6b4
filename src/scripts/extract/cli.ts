/** Pieces of the extract CLI: reading files safely, the JSON shape and the readable report. */
import { readFileSync } from 'node:fs';
import type { ArticleExtraction } from '../../lib/extract/index';
import { inferRelations } from '../../lib/extract/relations';

/** Read a file as UTF-8 text, or explain why it cannot be used. */
export function readArticle(file: string): { text: string } | { error: string } {
	let buf: Buffer;
	try {
		buf = readFileSync(file);
	} catch (e) {
		return { error: `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
	}
	if (buf.length === 0 || buf.toString('utf8').trim() === '')
		return { error: `${file}: empty file` };
	if (buf.includes(0)) return { error: `${file}: binary file, not text` };
	const text = buf.toString('utf8');
	const bad = (text.match(/\uFFFD/g) ?? []).length;
	if (bad > 0 && bad / text.length > 0.01) return { error: `${file}: not UTF-8 text` };
	return { text };
}

export function toJson(file: string, x: ArticleExtraction): unknown {
	const names = new Map(x.entities.map((e) => [e.id, e.name]));
	return {
		file,
		quotes: x.quotes.map((q) => ({
			text: q.text,
			start: q.start,
			end: q.end,
			kind: q.kind,
			speaker: q.speaker,
			speakerId: q.speakerId,
			cue: q.cue,
			via: q.via.map((v) => names.get(v) ?? v)
		})),
		figures: x.figures.map((f) => ({
			text: f.text,
			start: f.start,
			end: f.end,
			value: f.value,
			unit: f.unit,
			counts: f.counts,
			claimant: f.claimant,
			kind: f.kind
		})),
		boilerplate: x.furniture.map((b) => ({ start: b.start, end: b.end }))
	};
}

function short(s: string, n = 90): string {
	const t = s.replace(/\s+/g, ' ');
	return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

export function report(file: string, x: ArticleExtraction, text?: string): string {
	const names = new Map(x.entities.map((e) => [e.id, e]));
	const lines: string[] = [`\n${'='.repeat(72)}\n${file}\n${'='.repeat(72)}`];
	lines.push(`\nQuotes (${x.quotes.length})`);
	for (const q of x.quotes) {
		const via = q.via.length ? ` via ${q.via.map((v) => names.get(v)?.name ?? v).join(', ')}` : '';
		lines.push(`  ¶${q.paragraph} [${q.kind}] ${q.id} “${short(q.text)}”`);
		lines.push(
			`      — ${q.speaker ?? 'UNATTRIBUTED'}${via}${q.cue ? `   (cue: ${short(q.cue, 50)})` : ''}`
		);
	}
	lines.push(`\nFigures (${x.figures.length})`);
	for (const f of x.figures) {
		lines.push(
			`  ¶${f.paragraph} [${f.kind}] ${f.id} ${f.text} = ${f.value} ${f.unit}${f.counts && f.kind !== 'year' && f.kind !== 'date' ? ` (${short(f.counts, 50)})` : ''} — ${f.claimant ?? 'stated by the outlet'}`
		);
	}
	lines.push(`\nSpeakers and claimants (${x.entities.length})`);
	for (const e of x.entities)
		lines.push(`  ${e.name} [${e.type}, ${e.side}]${e.role ? ` — ${short(e.role, 60)}` : ''}`);
	const relations = inferRelations(x.entities, text ? [text] : []);
	lines.push(`\nRelations (${relations.length})`);
	for (const r of relations) {
		const [from, to] = [names.get(r.from)?.name ?? r.from, names.get(r.to)?.name ?? r.to];
		lines.push(
			`  ${from} ${r.type === 'same-as' ? 'is the same actor as' : 'speaks for'} ${to}  (${r.why})`
		);
	}
	lines.push(`\nDropped furniture (${x.furniture.length})`);
	for (const b of x.furniture) lines.push(`  ${b.reason}: “${short(b.text, 60)}”`);
	return lines.join('\n');
}
