/** Inter for the social card, inlined into the server bundle so the built server needs no font files on disk. */
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff?inline';
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff?inline';
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff?inline';
import latinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff?inline';

export interface CardFont {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

/** `?inline` gives a data URL; satori wants the bytes. */
function bytes(dataUrl: string): Buffer {
	const comma = dataUrl.indexOf(',');
	if (!dataUrl.startsWith('data:') || comma < 0) {
		throw new Error('The card font was not inlined as a data URL; check the `?inline` import.');
	}
	return Buffer.from(dataUrl.slice(comma + 1), 'base64');
}

export const cardFonts: CardFont[] = [
	{ name: 'Inter', data: bytes(latin400), weight: 400, style: 'normal' },
	{ name: 'Inter', data: bytes(latin700), weight: 700, style: 'normal' },
	{ name: 'Inter', data: bytes(latinExt400), weight: 400, style: 'normal' },
	{ name: 'Inter', data: bytes(latinExt700), weight: 700, style: 'normal' }
];
