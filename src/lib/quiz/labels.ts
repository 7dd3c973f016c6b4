/** Names of the question kinds as students and teachers read them. */
import type { QuestionKind } from './types';

export const KIND_LABELS: Record<QuestionKind, string> = {
	'who-said': 'who said it',
	'which-side': 'which side',
	'said-or-not': 'said it or not',
	figure: 'the figure',
	estimate: 'estimate',
	'whose-number': 'whose number',
	'who-relayed': 'who relayed it',
	'which-outlet': 'which outlet'
};

/** The reading skill each kind practises, named in its feedback. */
export const KIND_SKILLS: Record<QuestionKind, string> = {
	'who-said':
		'Find the attribution: the words “said”, “according to” or a colon tell you who is speaking.',
	'which-side':
		'Ask whom a speaker speaks for: a spokesperson’s words are their employer’s position.',
	'said-or-not': 'Check a claim about who said something against the article before repeating it.',
	figure: 'Read numbers with their source: a figure is only as good as whoever counted it.',
	estimate: 'Get a feel for scale, then check who supplied the number.',
	'whose-number': 'Trace a number to whoever claims it, not to the outlet that repeats it.',
	'who-relayed': 'Follow the chain: words that reach an outlet second-hand passed through someone.',
	'which-outlet':
		'Corroborate: see which outlets carry the same words, and remember that repeating is not confirming.'
};
