import { describe, expect, it } from 'vitest';
import { Registry } from './registry';
import { tokenize } from './tokens';
import { findMentions } from './mentions';
import { sentences } from './segment';
import { Salience, WEIGHT, weightIn } from './salience';
import { extractArticle } from './extract';

/** Mentions of one invented paragraph, read into `reg`. */
function read(reg: Registry, text: string) {
	const sents = sentences(text, 0, text.length);
	const tokens = tokenize(text, 0, text.length, sents, []);
	return { mentions: findMentions(tokens, reg, text) };
}

describe('salience', () => {
	it('halves every weight at each new sentence and forgets what falls below one', () => {
		const reg = new Registry();
		const a = reg.create('Ana Ruiz', 'person');
		const f = new Salience();
		f.enter(0, 0);
		f.note(a, 8);
		f.enter(0, 1);
		expect(weightIn(f, a)).toBe(4);
		f.enter(0, 1);
		expect(weightIn(f, a)).toBe(4);
		for (let s = 2; s < 6; s++) f.enter(0, s);
		expect(weightIn(f, a)).toBe(0);
		expect(f.best(() => 1)).toBeNull();
	});
	it('adds a repeated mention in part, so the latest subject beats an object named twice', () => {
		const reg = new Registry();
		const a = reg.create('Ana Ruiz', 'person');
		const f = new Salience();
		f.note(a, 100);
		f.note(a, 200);
		expect(weightIn(f, a)).toBe(200 + WEIGHT.repeat * 100);
	});
	it('weighs a subject that speaks above a possessive and a prepositional object', () => {
		const reg = new Registry();
		const { mentions } = read(
			reg,
			'Dana Holt said the plan by Tom Alder was dead, and Lee Brannock’s aides agreed.'
		);
		const ent = (n: string) => mentions.find((m) => m.ent.name.startsWith(n))!.ent;
		const w = (n: string) => weightIn(reg.focus, ent(n));
		const full = WEIGHT.recent + WEIGHT.direct + WEIGHT.head;
		expect(w('Dana')).toBe(full + WEIGHT.subject + WEIGHT.speaker);
		expect(w('Tom')).toBe(WEIGHT.recent + WEIGHT.head);
		expect(w('Lee')).toBe(WEIGHT.recent + WEIGHT.direct);
	});
	it('sends "he" to the subject of the sentence before, not the person it names last', () => {
		const reg = new Registry();
		const { mentions } = read(
			reg,
			'Dana Holt said the plan by Tom Alder was dead. He said it would cost too much.'
		);
		const he = mentions.find((m) => m.kind === 'pronoun' && m.ent.type === 'person')!;
		expect(he.ent.name).toBe('Dana Holt');
	});
	it('weighs a role replaced by the name after its comma as the name alone', () => {
		const text =
			'Fares rose.\n\nThe Harbour Minister, Dana Holt, said the city had "done enough."\n\n"We made a fair offer," he said.';
		const x = extractArticle(text, 't.txt');
		expect(x.quotes.map((q) => q.speaker)).toEqual(['Dana Holt', 'Dana Holt']);
	});
});
