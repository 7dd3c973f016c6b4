/** An error in the project's own content (seeds, metadata, frontmatter) that names the file and the field. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly field: string | null,
		problem: string
	) {
		super(`${file}${field ? ` (field "${field}")` : ''}: ${problem}`);
		this.name = 'ContentError';
	}
}
