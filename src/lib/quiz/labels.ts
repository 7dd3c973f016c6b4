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
