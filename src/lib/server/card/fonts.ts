/** Inter for the social card, inlined into the server bundle so the built server needs no font files on disk. */
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff?inline';
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff?inline';
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff?inline';
import latinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff?inline';
import cyrillic400 from '@fontsource/inter/files/inter-cyrillic-400-normal.woff?inline';
import cyrillic700 from '@fontsource/inter/files/inter-cyrillic-700-normal.woff?inline';
import greek400 from '@fontsource/inter/files/inter-greek-400-normal.woff?inline';
import greek700 from '@fontsource/inter/files/inter-greek-700-normal.woff?inline';
import vietnamese400 from '@fontsource/inter/files/inter-vietnamese-400-normal.woff?inline';
import vietnamese700 from '@fontsource/inter/files/inter-vietnamese-700-normal.woff?inline';

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

/** Each subset under its own name: satori takes glyphs from the first family in the list that has them. */
export const CARD_FONT_FAMILY =
	'Inter, Inter Latin Ext, Inter Vietnamese, Inter Cyrillic, Inter Greek';

export const cardFonts: CardFont[] = [
	{ name: 'Inter', data: bytes(latin400), weight: 400, style: 'normal' },
	{ name: 'Inter', data: bytes(latin700), weight: 700, style: 'normal' },
	{ name: 'Inter Latin Ext', data: bytes(latinExt400), weight: 400, style: 'normal' },
	{ name: 'Inter Latin Ext', data: bytes(latinExt700), weight: 700, style: 'normal' },
	{ name: 'Inter Cyrillic', data: bytes(cyrillic400), weight: 400, style: 'normal' },
	{ name: 'Inter Cyrillic', data: bytes(cyrillic700), weight: 700, style: 'normal' },
	{ name: 'Inter Greek', data: bytes(greek400), weight: 400, style: 'normal' },
	{ name: 'Inter Greek', data: bytes(greek700), weight: 700, style: 'normal' },
	{ name: 'Inter Vietnamese', data: bytes(vietnamese400), weight: 400, style: 'normal' },
	{ name: 'Inter Vietnamese', data: bytes(vietnamese700), weight: 700, style: 'normal' }
];
