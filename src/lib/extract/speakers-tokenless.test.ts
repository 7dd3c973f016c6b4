import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readParagraph } from './paragraph';
import { Registry, type Ent } from './entities';
import { Attributor, goesOn, type Attribution } from './speakers';
import { FigureClaims } from './figure-claims';
import { findFigures } from './figures';

/**
 * A paragraph read without tokens skips the attributor: its quotes go on from the speaker carried
 * in (`goesOn(null, carry)`) and its figures are claimed by the quote holding them (`FigureClaims`
 * without an attributor). The oracle for quotes is the full reader, built anyway here.
 */
const piece = fc.constantFrom(
	...'“”"‘’\'«»—.,?!:()… '.split(''),
	'1',
	'40',
	'$3',
	'7%',
	'2.5',
	'2019'
);
const pieces = fc.array(piece, { maxLength: 8 }).map((ps) => ps.join(''));
// Mostly a quote first: a paragraph whose quote has something before it in its sentence gets tokens.
const paragraph = fc
	.tuple(
		fc.constantFrom('“', '"', '‘', '«', "'", ''),
		pieces,
		fc.constantFrom('”', '"', '’', '»', "'"),
		pieces
	)
	.map((ps) => ps.join(''));

function read(text: string, carried: boolean) {
	const reg = new Registry();
	const carry = carried ? reg.create('Ana Ruiz', 'person') : null;
	const line = { start: 0, end: text.length, text, paragraph: 3 };
	const p = readParagraph(text, line, 3, undefined, reg);
	return { reg, carry, line, p };
}

describe('a paragraph without tokens', () => {
	it('attributes as the full reader does, and credits figures to the quotes holding them', () => {
		let seen = 0;
		fc.assert(
			fc.property(paragraph, fc.boolean(), fc.boolean(), (text, runOn, carried) => {
				const { reg, carry, line, p } = read(text, carried);
				if (p.tokens.length > 0 || p.quotes.length === 0) return;
				seen++;
				// The rule, written out: every quote goes on from the speaker carried in, else from no one.
				const rule = carry ? [carry, 'continues', []] : [null, null, []];
				// The full reader, as extract.ts runs it for a paragraph with tokens, must agree.
				const at = new Attributor(p, text, reg);
				const speakers: (Ent | null)[] = [];
				let prev: Attribution | null = null;
				for (const q of p.quotes) {
					const opens = q.start - 1 <= line.start + 1 || prev === null;
					const full: Attribution =
						runOn && q === p.quotes[0] && carry
							? (at.transcriptLabel(q) ?? at.cueAfter(q) ?? goesOn(null, carry))
							: at.attribute(q, prev, opens ? carry : null);
					const short = goesOn(null, carry);
					expect([short.speaker, short.cue, short.via]).toEqual(rule);
					expect([full.speaker, full.cue, full.via]).toEqual(rule);
					speakers.push(full.speaker);
					prev = full;
				}
				// Nobody is named, so a figure is claimed only by the quote holding it.
				const claims = new FigureClaims(p, null, p.quotes, speakers);
				for (const f of findFigures(text, 0, text.length)) {
					const k = p.quotes.findIndex((q) => q.start <= f.start && f.end <= q.end);
					expect(claims.claimantOf(f)).toBe(k < 0 ? null : speakers[k]);
				}
			}),
			{ numRuns: 3000 }
		);
		// The generator must reach the shortcut often enough to mean something.
		expect(seen).toBeGreaterThan(300);
	});
});
