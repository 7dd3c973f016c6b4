/**
 * CLI: `npm run quiz -- FILE... [--format json|gift|moodle|aiken|qti|quizlet|…] [--seed N] [--out FILE]`
 * writes a lab quiz for any article (several files: several articles) to stdout or FILE.
 * Exit codes: 0 written, 1 nothing to quiz here, 2 bad input (file or flag).
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { labAnswerKey, labBank, labQuiz, readArticle, type LabArticle } from '../lib/lab/index';
import { EXPORT_FORMATS } from '../lib/teach/export/index';
import { readArticle as readTextFile } from './extract/cli';

/** `json` is the answer key itself (the schema of the teacher pack's JSON export). */
const FORMATS = ['json', ...EXPORT_FORMATS.map((f) => f.name)];
const USAGE = `usage: npm run quiz -- FILE... [--format ${FORMATS.join('|')}] [--seed N] [--out FILE]`;

class UsageError extends Error {}

interface Args {
	files: string[];
	format: string;
	seed: number;
	out: string | null;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { files: [], format: 'json', seed: 1, out: null };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
		const value = () => {
			const v = inline ?? argv[++i];
			if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
			return v;
		};
		if (flag === '--format') {
			args.format = value();
			if (!FORMATS.includes(args.format))
				throw new UsageError(`unknown format "${args.format}" (use one of ${FORMATS.join(', ')})`);
		} else if (flag === '--seed') {
			const v = value();
			if (!/^\d{1,9}$/.test(v)) throw new UsageError(`--seed must be a whole number, not "${v}"`);
			args.seed = Number(v);
		} else if (flag === '--out') args.out = value();
		else if (flag === '--help' || flag === '-h') throw new UsageError('');
		else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown flag "${flag}"`);
		else args.files.push(arg);
	}
	if (args.files.length === 0) throw new UsageError('no article file given');
	return args;
}

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;

function readArticles(files: string[]): LabArticle[] {
	return files.map((file) => {
		const read = readTextFile(file);
		if ('error' in read) throw new UsageError(read.error);
		const article = readArticle({ text: read.text, fileName: file }, parseHtml);
		if (!article.text.trim()) throw new UsageError(`${file}: no article text found in the page`);
		return article;
	});
}

async function main(argv: string[]): Promise<number> {
	let args: Args;
	let articles: LabArticle[];
	try {
		args = parseArgs(argv);
		articles = readArticles(args.files);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		process.stderr.write(e.message ? `quiz: ${e.message}\n${USAGE}\n` : `${USAGE}\n`);
		return e.message ? 2 : 0;
	}
	const quiz = labQuiz(labBank(articles), articles, args.seed);
	if ('empty' in quiz) {
		process.stderr.write(`quiz: nothing to quiz here: ${quiz.reason}\n`);
		return 1;
	}
	// Exports link each question to where it comes from: here, the article's file.
	const key = labAnswerKey(quiz, args.files.map((f) => basename(f)).join(', '));
	const format = EXPORT_FORMATS.find((f) => f.name === args.format);
	const file = format ? await format.build(key, { origin: '' }) : null;
	const body = file ? file.body : JSON.stringify(key, null, '\t') + '\n';
	for (const left of file?.leftOut ?? [])
		process.stderr.write(`quiz: question ${left.number} left out of ${args.format}: ${left.why}\n`);
	if (args.out) writeFileSync(args.out, body);
	else if (typeof body !== 'string' && process.stdout.isTTY) {
		process.stderr.write(
			`quiz: ${args.format} is a binary file: add --out FILE, or redirect stdout\n`
		);
		return 2;
	} else process.stdout.write(body);
	return 0;
}

main(process.argv.slice(2)).then(
	(code) => (process.exitCode = code),
	(e: unknown) => {
		process.stderr.write(`quiz: ${e instanceof Error ? e.message : String(e)}\n`);
		process.exitCode = 2;
	}
);
