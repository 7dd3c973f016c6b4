/** What /teach lists for a round: each format's download path and the questions it cannot hold. */
import type { AnswerKey } from '../answer-key';
import { notSingle, partition, singleAnswer } from './common';
import { EXPORT_FORMATS } from './index';
import { fitsGameShow, fitsGimkit, gameShowWhy, gimkitWhy } from './templates';

export interface ExportEntry {
	name: string;
	label: string;
	hint: string;
	href: string;
	/** "Leaves out Q3 (…)" or null when every question fits. */
	leftOut: string | null;
}

const KEEPS: Record<string, (key: AnswerKey) => ReturnType<typeof partition>['leftOut']> = {
	aiken: (key) => partition(key, singleAnswer, notSingle).leftOut,
	kahoot: (key) => partition(key, fitsGameShow, gameShowWhy).leftOut,
	blooket: (key) => partition(key, fitsGameShow, gameShowWhy).leftOut,
	gimkit: (key) => partition(key, fitsGimkit, gimkitWhy).leftOut
};

export function exportSummary(key: AnswerKey): ExportEntry[] {
	const path = (name: string) => `/teach/export/${key.module}.${name}?seed=${key.seed}`;
	const entries = EXPORT_FORMATS.map((format) => {
		const out = KEEPS[format.name]?.(key) ?? [];
		return {
			name: format.name,
			label: format.label,
			hint: format.hint,
			href: path(format.name),
			leftOut: out.length
				? `Leaves out ${out.map((l) => `question ${l.number} (${l.why})`).join('; ')}.`
				: null
		};
	});
	return [
		{
			name: 'json',
			label: 'Answer key (JSON)',
			hint: 'Every question with its answers and the exact place of its words in the article.',
			href: path('json'),
			leftOut: null
		},
		...entries
	];
}
