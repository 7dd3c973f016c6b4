import { describe, expect, it } from 'vitest';
import { Registry } from './registry';
import { personLike, resolvePronoun } from './coreference';
import { extractArticle } from './extract';

const speakers = (text: string): (string | null)[] =>
	extractArticle(text, 't.txt').quotes.map((q) => q.speaker);

describe('coreference', () => {
	it('resolves "he" and "she" to the person in focus of a fitting gender', () => {
		const reg = new Registry();
		const ana = reg.create('Ana Ruiz', 'person');
		ana.gender = 'f';
		const tom = reg.create('Tom Alder', 'person');
		tom.gender = 'm';
		reg.touch(ana);
		reg.lastSpeaker = ana;
		reg.touch(tom);
		expect(resolvePronoun(reg, 'she')).toBe(ana);
		expect(resolvePronoun(reg, 'he')).toBe(tom);
	});
	it('takes the more recent of the last speaker and the last subject', () => {
		const reg = new Registry();
		const a = reg.create('Ana Ruiz', 'person');
		const b = reg.create('Lee Brannock', 'person');
		reg.lastSpeaker = a;
		reg.noteSubject(b);
		expect(resolvePronoun(reg, 'he')).toBe(b);
		reg.lastSpeaker = a;
		expect(resolvePronoun(reg, 'he')).toBe(a);
	});
	it('counts a bare surname as a person, not a word seen only opening sentences', () => {
		const reg = new Registry();
		const surname = reg.create('Brannock', 'group');
		expect(personLike(surname)).toBe(true);
		const opener = reg.create('Meanwhile', 'group');
		opener.openerOnly = true;
		expect(personLike(opener)).toBe(false);
		expect(personLike(reg.create('Acme Group', 'group'))).toBe(false);
		expect(personLike(reg.create('J.M. Brannock', 'group'))).toBe(true);
		expect(personLike(reg.create('Harbour Trust', 'group'))).toBe(false);
	});
	it('resolves "it" and "they" to the latest thing, not a person', () => {
		const reg = new Registry();
		const board = reg.create('Safety Board', 'agency');
		reg.touch(board);
		reg.touch(reg.create('Ana Ruiz', 'person'));
		expect(resolvePronoun(reg, 'it')).toBe(board);
	});
	it('keeps "she" on the subject before, not a name inside a phrase of place or a possessive', () => {
		expect(
			speakers(
				'The firm’s founder, Ines Varga, denied wrongdoing. In a note posted on Quillnet, she wrote that the firm "never misled anyone."'
			)
		).toEqual(['Ines Varga']);
		expect(
			speakers(
				'Dana Holt said the plan drafted by Tom Alder was dead.\n\n"It will cost far too much," he said.'
			)
		).toEqual(['Dana Holt']);
	});
	it('follows a subject carried by pronouns across sentences, not the person last named', () => {
		expect(
			speakers(
				'Dana Holt spoke first. He says he respects Tom Alder and calls his plan "bold." He adds, "But it is late."'
			)
		).toEqual(['Dana Holt', 'Dana Holt']);
	});
	it('sends "it" to the thing in focus, past a person named since', () => {
		expect(
			speakers(
				'The Harbour Council voted on Monday to close the pier. Dana Holt, a resident, was angry.\n\n"The pier is unsafe," it said in a statement.'
			)
		).toEqual(['Harbour Council']);
	});
	it('takes a closing "she said" over the subject of the reported words', () => {
		expect(
			speakers(
				'Dana Holt spoke at the hall on Monday.\n\nResidents had "lost all patience" with the council, she said.'
			)
		).toEqual(['Dana Holt']);
		// An outlet's closing cue relays the subject's words.
		const x = extractArticle(
			'Dana Holt had "no plans to resign" before the vote, the Harbour Times reported.',
			't.txt'
		);
		expect(x.quotes.map((q) => [q.speaker, q.via])).toEqual([['Dana Holt', ['harbour-times']]]);
	});
});
