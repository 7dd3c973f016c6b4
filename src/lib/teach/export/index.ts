/** Every export format by the name its URL uses, with what teachers see about it on /teach. */
import type { AnswerKey } from '../answer-key';
import { toAiken } from './aiken';
import { toBlooket } from './blooket';
import type { ExportFile, ExportOptions } from './common';
import { toGift } from './gift';
import { toGimkit } from './gimkit';
import { toKahoot } from './kahoot';
import { toMoodleXml } from './moodle';
import { toQtiZip } from './qti';
import { toQuizlet } from './quizlet';

export interface ExportFormat {
	name: string;
	label: string;
	/** Where to import it, in a teacher's words. */
	hint: string;
	build: (key: AnswerKey, options: ExportOptions) => ExportFile | Promise<ExportFile>;
}

export const EXPORT_FORMATS: ExportFormat[] = [
	{
		name: 'gift',
		label: 'Moodle GIFT',
		hint: 'Moodle question bank → Import → GIFT format. Estimates become numeric questions.',
		build: toGift
	},
	{
		name: 'moodle',
		label: 'Moodle XML',
		hint: 'Moodle question bank → Import → Moodle XML format.',
		build: toMoodleXml
	},
	{
		name: 'qti',
		label: 'Canvas (QTI 1.2 zip)',
		hint: 'Canvas course settings → Import course content → QTI .zip file.',
		build: toQtiZip
	},
	{
		name: 'aiken',
		label: 'Aiken',
		hint: 'Single-answer questions only, for platforms that read Aiken.',
		build: toAiken
	},
	{
		name: 'quizlet',
		label: 'Quizlet',
		hint: 'Quizlet → Create a set → Import; paste the file, “Tab” between term and definition.',
		build: toQuizlet
	},
	{
		name: 'kahoot',
		label: 'Kahoot (.xlsx)',
		hint: 'Kahoot → Create → Import spreadsheet. Up to four choices; no estimates.',
		build: toKahoot
	},
	{
		name: 'blooket',
		label: 'Blooket (CSV)',
		hint: 'Blooket → Create a set → Spreadsheet import.',
		build: toBlooket
	},
	{
		name: 'gimkit',
		label: 'Gimkit (CSV)',
		hint: 'Gimkit → New kit → Import from spreadsheet. One right answer per question.',
		build: toGimkit
	}
];

export function findFormat(name: string): ExportFormat | undefined {
	return EXPORT_FORMATS.find((f) => f.name === name);
}
