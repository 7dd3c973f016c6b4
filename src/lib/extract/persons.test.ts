import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { mentionsOf } from './testkit';

const roleOf = (text: string, name: string): string | null =>
	extractArticle(text, 't.txt').entities.find((e) => e.name === name)?.role ?? null;

describe('persons', () => {
	it('finds the role before, in or after the name', () => {
		expect(
			roleOf('The board met today.\n"No," Acme spokesperson Dana Holt said.', 'Dana Holt')
		).toBe('Acme spokesperson');
		expect(
			roleOf('The board met today.\n"No," said Dana Holt, president of Acme Inc.', 'Dana Holt')
		).toBe('president of Acme Inc');
		expect(
			roleOf(
				'The board met today.\nThe firm\'s chief executive, Dana Holt, said "no."',
				'Dana Holt'
			)
		).toMatch(/chief executive$/);
	});
	it('joins a role phrase waiting before the comma to the name after it', () => {
		const [a] = mentionsOf(['A spokesperson for the Lakeside Council, Ana Ruiz, declined.']);
		expect(a!.find((m) => m[1] === 'Ana Ruiz')![0]).toMatch(/^A spokesperson for/);
	});
});
