import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '$lib/quiz/types';
import { runs } from '$lib/testing/runs';
import { fixtures, parseHtml } from '../../../tests/lab/fixtures';
import {
	decodeFragment,
	decodeLabResult,
	encodeFragment,
	encodeLabResult,
	fingerprint,
	labBank,
	labQuiz,
	LabLinkError,
	packQuiz,
	readArticle
} from './index';
import type { PackedQuestion, PackedQuiz } from './types';

const text = fc.string({ maxLength: 60, unit: 'grapheme' });
const nonEmpty = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' });

/** A random question that keeps the link's rules: its answer among its choices, its mark inside its passage. */
const question = (articles: number, n: number): fc.Arbitrary<PackedQuestion> =>
	fc
		.record({
			kind: fc.constantFrom(...KINDS),
			prompt: text,
			labels: fc.uniqueArray(nonEmpty, { minLength: 2, maxLength: 6 }),
			pick: fc.nat(),
			passage: fc.string({ minLength: 2, maxLength: 300, unit: 'grapheme' }),
			cut: fc.tuple(fc.nat(), fc.nat()),
			note: fc.option(text, { nil: undefined }),
			who: fc.option(fc.record({ name: nonEmpty, role: fc.option(text), side: fc.option(text) })),
			article: fc.nat(articles - 1),
			paragraph: fc.integer({ min: 1, max: 200 }),
			at: fc.nat(100000),
			value: fc.double({ min: 0.5, max: 1e9, noNaN: true })
		})
		.map((r) => {
			const values = r.labels.map((_, i) => `c${i}`);
			const a = r.cut[0] % (r.passage.length - 1);
			const b = a + 1 + (r.cut[1] % (r.passage.length - a));
			const estimate = r.kind === 'estimate';
			const answer = estimate ? String(r.value) : values[r.pick % values.length]!;
			const q: PackedQuestion = {
				id: `q-${n}.${r.kind}`,
				kind: r.kind,
				prompt: r.prompt,
				choices: estimate ? [] : r.labels.map((label, i) => ({ value: values[i]!, label })),
				answer,
				accept: [answer],
				answerLabel: estimate ? String(r.value) : r.labels[r.pick % values.length]!,
				who: r.who,
				via: [],
				article: r.article,
				passage: { paragraph: r.paragraph, text: r.passage, mark: [a, b], at: r.at }
			};
			if (r.note !== undefined) q.note = r.note;
			if (estimate) q.range = { min: r.value / 10, max: r.value * 10, unit: 'homes' };
			return q;
		});

const packedQuiz: fc.Arbitrary<PackedQuiz> = fc.integer({ min: 1, max: 3 }).chain((articles) =>
	fc.record({
		version: fc.constant(1 as const),
		title: text,
		seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
		articles: fc.array(
			fc.record({ title: text, outlet: text, date: fc.constantFrom('', '2026', '2026-03-04') }),
			{
				minLength: articles,
				maxLength: articles
			}
		),
		questions: fc
			.integer({ min: 1, max: 8 })
			.chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => question(articles, i))))
	})
);

describe('quiz links', () => {
	it('round-trip any packed quiz, fingerprint and all', async () => {
		await fc.assert(
			fc.asyncProperty(packedQuiz, async (quiz) => {
				const back = await decodeFragment(await encodeFragment(quiz));
				expect(back).toEqual(quiz);
				expect(fingerprint(back)).toBe(fingerprint(quiz));
			}),
			runs(60)
		);
	}, 120_000);

	it('round-trip every quiz the lab makes from the hand-written articles, alone or together', async () => {
		const articles = fixtures().map((f) =>
			readArticle({ text: f.raw, fileName: f.file }, parseHtml)
		);
		const pick = fc.uniqueArray(fc.nat(articles.length - 1), { minLength: 1, maxLength: 3 });
		await fc.assert(
			fc.asyncProperty(pick, fc.nat(10_000), async (indexes, seed) => {
				const chosen = indexes.map((i) => articles[i]!);
				const quiz = labQuiz(labBank(chosen), chosen, seed);
				if ('empty' in quiz) return;
				const packed = packQuiz(quiz);
				const back = await decodeFragment(await encodeFragment(packed));
				expect(back).toEqual(packed);
				expect(fingerprint(back)).toBe(fingerprint(packed));
			}),
			runs(25)
		);
	}, 300_000);

	it('read a whole URL or a bare #fragment alike', async () => {
		const quiz = fc.sample(packedQuiz, { numRuns: 1, seed: 4 })[0]!;
		const fragment = await encodeFragment(quiz);
		expect(await decodeFragment(`https://example.test/lab/take#${fragment}`)).toEqual(quiz);
		expect(await decodeFragment(`#${fragment}`)).toEqual(quiz);
		const wrapped = fragment.replace(/(.{70})/g, '$1\n');
		expect(await decodeFragment(`https://example.test/lab/play#${wrapped}`)).toEqual(quiz);
	});

	/** The message a damaged link gets, or null when it still reads (a flip that changes nothing). */
	async function messageFor(link: string): Promise<string | null> {
		try {
			await decodeFragment(link);
			return null;
		} catch (e) {
			expect(e).toBeInstanceOf(LabLinkError);
			return (e as Error).message;
		}
	}

	it('say a cut link is cut short', async () => {
		await fc.assert(
			fc.asyncProperty(packedQuiz, fc.nat(), async (quiz, at) => {
				const link = await encodeFragment(quiz);
				const data = link.indexOf('.', 3) + 1;
				const cut = data + (at % (link.length - data));
				expect(await messageFor(link.slice(0, cut))).toMatch(/^This quiz link is cut short: /);
			}),
			runs(40)
		);
	}, 120_000);

	it('name what is wrong with a link whose characters were changed', async () => {
		await fc.assert(
			fc.asyncProperty(
				packedQuiz,
				fc.nat(),
				fc.constantFrom('A', 'z', '_', '!', ' ', '%'),
				async (quiz, at, c) => {
					const link = await encodeFragment(quiz);
					const i = at % link.length;
					const message = await messageFor(link.slice(0, i) + c + link.slice(i + 1));
					if (message !== null) expect(message).toMatch(/^This quiz link (is|was) \w+/);
				}
			),
			runs(60)
		);
	}, 120_000);

	it('refuse another version, another kind of link, and checked rules broken inside', async () => {
		const quiz = fc.sample(packedQuiz, { numRuns: 1, seed: 9 })[0]!;
		const link = await encodeFragment(quiz);
		expect(await messageFor(link.replace(/^q1/, 'q2'))).toMatch(/another version of the lab/);
		expect(await messageFor(link.replace(/^q1/, 'r1'))).toMatch(/not a quiz link made by the lab/);
		expect(await messageFor('')).toMatch(/is empty/);
		const wrong = structuredClone(quiz);
		const first = wrong.questions[0]!;
		first.kind = 'who-said';
		first.choices = [
			{ value: 'a', label: 'A' },
			{ value: 'b', label: 'B' }
		];
		first.answer = 'z';
		delete first.accept;
		delete first.range;
		expect(await messageFor(await encodeFragment(wrong))).toBe(
			'This quiz link is damaged: question 1: its answer is not one of its choices. Ask for the link again, or copy all of it.'
		);
		const badKind = structuredClone(quiz) as unknown as { questions: { kind: string }[] };
		badKind.questions[0]!.kind = 'riddle';
		expect(await messageFor(await encodeFragment(badKind as unknown as PackedQuiz))).toMatch(
			/^This quiz link is damaged: question 1, kind is not valid/
		);
	});

	it('carry a result with its quiz, and say when a results link is cut or belongs elsewhere', async () => {
		const answer = fc.record({
			pick: fc.nat(),
			confidence: fc.constantFrom(null, 'sure' as const, 'unsure' as const)
		});
		await fc.assert(
			fc.asyncProperty(
				packedQuiz,
				fc.array(answer, { maxLength: 8 }),
				fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
				fc.nat(),
				async (quiz, picks, name, cut) => {
					const answers = picks.map((p, i) => {
						const q = quiz.questions[i % quiz.questions.length]!;
						const value = q.choices[p.pick % Math.max(1, q.choices.length)]?.value ?? '12';
						return { question: q.id, answer: value, confidence: p.confidence };
					});
					const result = { fingerprint: fingerprint(quiz), name, answers, day: '2026-12-01', quiz };
					const link = await encodeLabResult(result);
					const back = await decodeLabResult(link);
					expect(back.quiz).toEqual(quiz);
					expect(back.answers).toEqual(answers);
					const at = link.indexOf('.', 3) + 1;
					const short = link.slice(0, at + (cut % (link.length - at)));
					await expect(decodeLabResult(short)).rejects.toThrow(/^This results link is cut short: /);
					await expect(decodeFragment(link)).rejects.toThrow(LabLinkError);
				}
			),
			runs(30)
		);
	}, 300_000);
});
