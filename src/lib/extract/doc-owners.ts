/** Document owners: "a report by X", "in a statement" — who issued a document the article cites. */
import { CueReader } from './cues';
import type { Para } from './para-index';
import type { Mention } from './registry';

/** Documents introduced with "a report by X", "in a statement": find their owners. */
export function assignDocOwners(p: Para): void {
	// Indexed only for a paragraph that cites a document: most cite none.
	let a: CueReader | null = null;
	for (const m of p.mentions) {
		const e = m.ent;
		if (e.type !== 'document' || m.kind !== 'anaphor') continue;
		a ??= new CueReader(p, '');
		const end = a.sentEnd(m.i);
		// "by X" / "from X" shortly after.
		for (let y = m.j; y < Math.min(end, m.j + 4); y++) {
			const t = a.tok(y)!;
			if (t.quoted || t.t === ',' || t.t === '.') break;
			if (t.lower === 'by' || t.lower === 'from' || t.lower === 'of') {
				const ms = a.mentionsIn(y + 1, y + 7).filter((mm) => mm.ent !== e);
				let pick: Mention | undefined;
				for (const mm of ms) {
					if (a.tok(mm.i - 1)?.t === ',' && pick) break;
					if (mm.ent.type !== 'place') pick = mm;
					else if (!pick) pick = mm;
				}
				if (pick && !e.owner) e.owner = pick.ent;
				break;
			}
		}
		if (e.owner) continue;
		const before = a.tok(m.i - 1)?.lower ?? '';
		const verbNear = p.tokens
			.slice(Math.max(a.sentStart(m.i), m.i - 4), m.i)
			.some((t) => /^(?:issued|released|published|posted|made|sent|wrote|put)$/.test(t.lower));
		if (before === 'in' || before === 'with' || before === 'through' || verbNear) {
			const subj = a.mainSubject(m.i, m.i);
			if (subj && subj !== e) e.owner = subj;
		}
	}
}
