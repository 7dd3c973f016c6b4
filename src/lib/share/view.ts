/** Turns the quiz engine's scoring into the view the results page, card and class report share. */
import { formatPartialDate } from '$lib/dates';
import type { Scored, ScoredAnswer } from '$lib/quiz/score';
import type { ResultRecord } from '$lib/quiz/token';
import type { QuestionKind } from '$lib/quiz/types';
import type { ScoredQuestion, ScoredResult } from './scored';

/** Kinds whose answers are people or organisations, so a wrong pick is a confusion of speakers. */
const SPEAKER_KINDS = new Set<QuestionKind>(['who-said', 'whose-number', 'who-relayed']);

function question(answer: ScoredAnswer): ScoredQuestion {
	const q = answer.question;
	if (!q) {
		return {
			id: answer.id,
			kind: '',
			status: 'retired',
			confidence: answer.confidence,
			prompt: 'This question is no longer in the quiz: the articles were read again since.',
			given: answer.givenLabel,
			expected: '',
			aboutSpeakers: false,
			text: null,
			textIsQuote: false,
			who: null,
			via: [],
			sourceHref: null,
			sourceLabel: null
		};
	}
	const when = q.source.published ? `, ${formatPartialDate(q.source.published)}` : '';
	return {
		id: answer.id,
		kind: q.kind,
		status: answer.right ? 'right' : 'wrong',
		points: answer.points,
		confidence: answer.confidence,
		prompt: q.prompt,
		given: answer.givenLabel,
		expected: answer.correct ?? '',
		aboutSpeakers: SPEAKER_KINDS.has(q.kind),
		text: q.text ?? null,
		textIsQuote: q.textIsQuote ?? false,
		who: q.who ? (q.who.role ? `${q.who.name}, ${q.who.role}` : q.who.name) : null,
		via: q.via,
		sourceHref: q.source.href,
		sourceLabel: `${q.source.outlet}${when}, paragraph ${q.source.paragraph}`
	};
}

export const REMOVED_MODULE_TITLE = 'A quiz that no longer exists';

export function toScoredResult(scored: Scored, record: ResultRecord): ScoredResult {
	const result: ScoredResult = {
		module: { slug: record.module, title: scored.module?.title ?? REMOVED_MODULE_TITLE },
		seed: scored.seed,
		right: scored.points,
		total: scored.total,
		questions: scored.answers.map(question)
	};
	if (record.name) result.name = record.name;
	return result;
}
