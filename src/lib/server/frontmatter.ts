/** Typed frontmatter checks: each reads one field and throws a ContentError naming the file and field. */
import { isPartialDate } from '$lib/dates';
import { ContentError } from './content-error';

export type Frontmatter = Record<string, unknown>;

export function asFrontmatter(file: string, metadata: unknown): Frontmatter {
	if (metadata === undefined || metadata === null) {
		throw new ContentError(file, null, 'has no frontmatter (a --- block with at least a title)');
	}
	if (typeof metadata !== 'object' || Array.isArray(metadata)) {
		throw new ContentError(file, null, 'frontmatter must be a set of key: value fields');
	}
	return metadata as Frontmatter;
}

export function text(file: string, fm: Frontmatter, field: string): string {
	const value = fm[field];
	if (value === undefined || value === null) throw new ContentError(file, field, 'is missing');
	if (typeof value !== 'string' || value.trim() === '') {
		throw new ContentError(file, field, `must be non-empty text, got ${JSON.stringify(value)}`);
	}
	return value.trim();
}

export function optionalText(file: string, fm: Frontmatter, field: string): string | undefined {
	return fm[field] === undefined ? undefined : text(file, fm, field);
}

export function date(file: string, fm: Frontmatter, field: string): string {
	const value = fm[field];
	// YAML turns an unquoted 2014-05-20 into a Date: ask for quotes so the precision is kept.
	if (value instanceof Date) {
		throw new ContentError(file, field, 'must be a quoted date, e.g. "2014-05-20"');
	}
	const raw = text(file, fm, field);
	if (!isPartialDate(raw)) {
		throw new ContentError(
			file,
			field,
			`"${raw}" is not a date like "2014", "2014-05" or "2014-05-20"`
		);
	}
	return raw;
}

export function positiveInteger(file: string, fm: Frontmatter, field: string): number {
	const value = fm[field];
	if (value === undefined) throw new ContentError(file, field, 'is missing');
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
		throw new ContentError(
			file,
			field,
			`must be a whole number of 1 or more, got ${JSON.stringify(value)}`
		);
	}
	return value;
}

export function list(
	file: string,
	fm: Frontmatter,
	field: string,
	allowed?: readonly string[]
): string[] {
	const value = fm[field];
	if (value === undefined) throw new ContentError(file, field, 'is missing');
	if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string')) {
		throw new ContentError(file, field, 'must be a non-empty list of text items');
	}
	if (allowed) {
		const unknown = value.find((v) => !allowed.includes(v));
		if (unknown !== undefined) {
			throw new ContentError(file, field, `"${unknown}" is not one of: ${allowed.join(', ')}`);
		}
	}
	return value as string[];
}
