import { describe, expect, it } from 'vitest';
import { everything, goldBank, texts } from '$lib/quiz/gold-bank.fixture';
import { readQuizModule } from './quiz-modules';
import { checkModules } from './quiz';

const seeds = ['000_4365936d8a812814', '001_5c4436813074ef2d'];
const valid = {
	title: 'Huawei',
	description: 'Spied on and accused',
	seeds,
	kinds: ['who-said', 'figure'],
	count: 4
};

describe('readQuizModule', () => {
	it('reads valid frontmatter', () => {
		expect(readQuizModule('/content/quizzes/huawei.md', valid, seeds)).toEqual({
			slug: 'huawei',
			file: 'content/quizzes/huawei.md',
			...valid
		});
	});

	it('names the file and field of anything wrong', () => {
		const read = (fields: object) =>
			readQuizModule('/content/quizzes/huawei.md', { ...valid, ...fields }, seeds);
		expect(() => read({ seeds: ['999_nope'] })).toThrow(
			'content/quizzes/huawei.md (field "seeds"): "999_nope" is not one of'
		);
		expect(() => read({ kinds: ['who-sang'] })).toThrow(
			'(field "kinds"): "who-sang" is not one of'
		);
		expect(() => read({ count: 0 })).toThrow(
			'(field "count"): must be a whole number of 1 or more'
		);
		expect(() => read({ title: undefined })).toThrow('(field "title"): is missing');
		expect(() => readQuizModule('/content/quizzes/modules.md', valid, seeds)).toThrow(/reserved/);
	});
});

describe('checkModules', () => {
	const bank = goldBank();
	it('accepts modules the bank can fill and names the one it cannot', () => {
		const fine = everything(bank, 10);
		expect(() => checkModules(bank, [fine], { texts })).not.toThrow();
		const greedy = { ...fine, file: 'content/quizzes/greedy.md', count: 1000 };
		expect(() => checkModules(bank, [fine, greedy], { texts })).toThrow(
			/^content\/quizzes\/greedy\.md \(field "count"\): asks for 1000 questions, but .* give only \d+/
		);
	});
});
