/** Validates `seeds/articles.json` against the seed files: every seed described, every description backed by a file. */
import type { ArticleMeta } from '$lib/extract/types';
import { isPartialDate } from '$lib/dates';
import { ContentError } from './content-error';

export const METADATA_FILE = 'seeds/articles.json';

export interface Article extends ArticleMeta {
	text: string;
}

const ALLOWED = new Set(['outlet', 'title', 'published', 'author', 'note']);

function requiredString(entry: Record<string, unknown>, seed: string, field: string): string {
	const value = entry[field];
	if (typeof value !== 'string' || value.trim() === '') {
		throw new ContentError(
			METADATA_FILE,
			`${seed}.${field}`,
			value === undefined ? 'is missing' : 'must be a non-empty string'
		);
	}
	return value.trim();
}

function optionalString(
	entry: Record<string, unknown>,
	seed: string,
	field: string
): string | undefined {
	const value = entry[field];
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || value.trim() === '') {
		throw new ContentError(METADATA_FILE, `${seed}.${field}`, 'must be a non-empty string');
	}
	return value.trim();
}

/**
 * Joins seed texts (keyed by file name) with their metadata, in file-name order.
 * Throws a ContentError naming the file and field for anything missing or malformed.
 */
export function loadArticles(texts: Record<string, string>, metadata: unknown): Article[] {
	if (metadata === undefined) {
		throw new ContentError(METADATA_FILE, null, 'is missing: describe every seed file in it');
	}
	if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
		throw new ContentError(METADATA_FILE, null, 'must be a JSON object keyed by seed file name');
	}
	const described = metadata as Record<string, unknown>;
	const files = Object.keys(texts).sort();
	if (files.length === 0) throw new ContentError('seeds/', null, 'holds no .txt articles');

	for (const file of files) {
		if (!(file in described)) {
			throw new ContentError(
				METADATA_FILE,
				null,
				`no entry for seed file "seeds/${file}". Add "${file}": { "outlet", "title", "published" }.`
			);
		}
	}
	for (const seed of Object.keys(described)) {
		if (!(seed in texts)) {
			throw new ContentError(
				METADATA_FILE,
				seed,
				`describes "seeds/${seed}", but no such file exists in seeds/`
			);
		}
	}

	return files.map((seed) => {
		const entry = described[seed];
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
			throw new ContentError(METADATA_FILE, seed, 'must be an object');
		}
		const fields = entry as Record<string, unknown>;
		for (const key of Object.keys(fields)) {
			if (!ALLOWED.has(key)) {
				throw new ContentError(
					METADATA_FILE,
					`${seed}.${key}`,
					`is not a known field (expected ${[...ALLOWED].join(', ')})`
				);
			}
		}
		const published = requiredString(fields, seed, 'published');
		if (!isPartialDate(published)) {
			throw new ContentError(
				METADATA_FILE,
				`${seed}.published`,
				`"${published}" is not a date like 2014, 2014-05 or 2014-05-20`
			);
		}
		const text = texts[seed]!;
		if (text.trim() === '') throw new ContentError(`seeds/${seed}`, null, 'is empty');
		const article: Article = {
			seed,
			slug: seed.replace(/\.txt$/, ''),
			outlet: requiredString(fields, seed, 'outlet'),
			title: requiredString(fields, seed, 'title'),
			published,
			text
		};
		const author = optionalString(fields, seed, 'author');
		const note = optionalString(fields, seed, 'note');
		if (author) article.author = author;
		if (note) article.note = note;
		return article;
	});
}
