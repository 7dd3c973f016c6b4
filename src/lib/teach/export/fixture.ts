/** Answer keys for export tests: every module, two seeds, built by the server exactly as the route does. */
import { quizModules } from '$lib/server/content';
import { roundKey } from '$lib/server/teach/round';
import { isEstimate, type AnswerKey, type KeyQuestion } from '../answer-key';

export const ORIGIN = 'https://attributed.example';

export function keys(seeds = ['2024', '31']): AnswerKey[] {
	return quizModules.flatMap((module) =>
		seeds.map((seed) => {
			const round = roundKey(module.slug, seed);
			if (!round.ok) throw new Error(round.message);
			return round.key;
		})
	);
}

export function rightLabels(q: KeyQuestion): string[] {
	if (isEstimate(q.answer)) return [];
	const values = q.answer.values;
	return q.choices.filter((c) => values.includes(c.value)).map((c) => c.label);
}

/** What every format's feedback must carry: the outlet, the paragraph and the link to the passage. */
export function expectSource(text: string, q: KeyQuestion): void {
	const wanted = [q.source.outlet, `paragraph ${q.source.paragraph}`, `${ORIGIN}${q.source.href}`];
	for (const part of wanted) {
		if (!text.includes(part)) throw new Error(`“${text}” lacks “${part}” for ${q.id}`);
	}
}
