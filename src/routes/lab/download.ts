/** Files made in the browser and handed to the user: nothing goes through the server. */

export function downloadFile(body: string | Uint8Array, type: string, filename: string): void {
	const blob = new Blob([body as BlobPart], { type });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	// The click has started the download; the object URL is no longer needed.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** What a quiz file holds: the same text as the link's fragment, so both are read and checked alike. */
export interface QuizFile {
	format: 'attributed-lab-quiz';
	title: string;
	quiz: string;
}

export const QUIZ_FILE_EXTENSION = '.attributed.json';

export function quizFile(title: string, fragment: string): string {
	const file: QuizFile = { format: 'attributed-lab-quiz', title, quiz: fragment };
	return JSON.stringify(file);
}

/** A file name from the quiz title: letters, digits and dashes only. */
export function quizFileName(title: string): string {
	const base = title
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase()
		.slice(0, 50);
	return `${base || 'lab-quiz'}${QUIZ_FILE_EXTENSION}`;
}

/** The fragment a quiz file carries, or what is wrong with the file. */
export function readQuizFile(
	text: string
): { ok: true; fragment: string } | { ok: false; error: string } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		// A file holding just the link, or its fragment, works as well.
		const trimmed = text.trim();
		if (/^(?:https?:\/\/\S+#)?q\d+\.\S+$/.test(trimmed)) return { ok: true, fragment: trimmed };
		return {
			ok: false,
			error: 'This file is not a quiz file from the lab (it is not readable as one).'
		};
	}
	const file = value as Partial<QuizFile> | null;
	if (!file || file.format !== 'attributed-lab-quiz' || typeof file.quiz !== 'string')
		return { ok: false, error: 'This file is not a quiz file from the lab.' };
	return { ok: true, fragment: file.quiz };
}
