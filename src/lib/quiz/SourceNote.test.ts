// The feedback's source note reads as a sentence: spaces where they belong, each other outlet once.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SourceNote from './SourceNote.svelte';
import type { Question, SourceRef } from './types';

const ref = (seed: string, outlet: string): SourceRef => ({
	item: 'q-1',
	seed,
	slug: seed,
	href: `/sources/${seed}#q-1`,
	outlet,
	published: '2014-05-20',
	paragraph: 3
});

const question: Question = {
	id: 'q-1.who-said',
	kind: 'who-said',
	prompt: 'Who said this?',
	choices: [],
	answer: 'a',
	answerLabel: 'A',
	source: ref('a', 'Outlet A'),
	who: { name: 'Ada Quill', role: 'assistant minister', side: 'china-government' },
	via: [],
	alsoIn: [ref('b', 'Outlet B'), ref('c', 'Outlet C')],
	skill: 'Find the attribution.'
};

const text = (q: Question) =>
	render(SourceNote, { props: { question: q } })
		.body.replace(/<!--[^>]*-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ');

describe('SourceNote', () => {
	it('spaces the role and the side, and names the side in plain words', () => {
		expect(text(question)).toContain('assistant minister (speaking for the Chinese government),');
	});

	it('lists other outlets with a comma and a space and counts every outlet', () => {
		const body = text(question);
		expect(body).toContain('Also reported by Outlet B, Outlet C. 3 outlets');
	});

	it('labels an outlet summary as the outlet’s, and names the reading skill', () => {
		const body = text({ ...question, summaryBy: 'Outlet A' });
		expect(body).toContain("Outlet A's own summary of Ada Quill's position, not their words.");
		expect(body).toContain('Reading skill: Find the attribution.');
	});
});
