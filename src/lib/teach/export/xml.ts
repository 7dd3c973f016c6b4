/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
	return (
		text
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
			// Characters XML 1.0 forbids outright.
			// eslint-disable-next-line no-control-regex -- removing control characters is the point
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
	);
}
