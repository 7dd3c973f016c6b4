/** Inter for the social card, inlined into the server bundle; fonts for other scripts are read when a name needs them. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BEYOND_INTER, EMOJI, type AssetTable } from './assets.cjs';
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

/**
 * Names in other scripts: Noto Sans SC (Chinese, and the kana and kanji of Japanese names), Noto Sans KR
 * (Hangul) and Noto Sans Arabic, each split by Fontsource into small files by Unicode range, so a card
 * loads only the few a name needs (assets.cjs); emoji are Twemoji's SVGs. All found at run time in the
 * node_modules the server is installed with (they are dependencies, not bundled: about 150 MB of files).
 */
const FALLBACK_FAMILIES = [
	['Noto Sans SC', '@fontsource/noto-sans-sc', 'noto-sans-sc'],
	['Noto Sans KR', '@fontsource/noto-sans-kr', 'noto-sans-kr'],
	['Noto Sans Arabic', '@fontsource/noto-sans-arabic', 'noto-sans-arabic']
] as const;
/** Inter draws these already. */
const INTER_SUBSETS = new Set([
	'latin',
	'latin-ext',
	'cyrillic',
	'cyrillic-ext',
	'greek',
	'vietnamese'
]);

/** Fontsource's unicode.json: `{"[12]": "U+4e00-4e3f,U+4e41", "arabic": "…"}`. */
function chunksOf(unicode: Record<string, string>): [string, number, number][] {
	const chunks: [string, number, number][] = [];
	for (const [key, ranges] of Object.entries(unicode)) {
		const chunk = key.replace(/^\[(\d+)\]$/, '$1');
		if (INTER_SUBSETS.has(chunk)) continue;
		for (const range of ranges.split(',')) {
			const [low = '', high = low] = range.trim().replace(/^U\+/i, '').split('-');
			chunks.push([chunk, parseInt(low, 16), parseInt(high, 16)]);
		}
	}
	return chunks;
}

let table: AssetTable | null = null;

/** Where the fallback fonts and emoji are, and which code points each font file covers. */
export function fallbackTable(): AssetTable {
	if (table) return table;
	const require = createRequire(import.meta.url);
	const dirOf = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
	table = {
		families: FALLBACK_FAMILIES.map(([name, pkg, prefix]) => ({
			name,
			prefix,
			dir: join(dirOf(pkg), 'files'),
			chunks: chunksOf(JSON.parse(readFileSync(join(dirOf(pkg), 'unicode.json'), 'utf8')))
		})),
		emojiDir: dirOf('@twemoji/svg')
	};
	return table;
}

/** Whether the card can draw every character of `text`, with Inter, a fallback font or an emoji. */
export function cardCanDraw(text: string): boolean {
	const { families } = fallbackTable();
	return [...text].every((char) => {
		if (!BEYOND_INTER.test(char) || EMOJI.test(char)) return true;
		const code = char.codePointAt(0)!;
		return families.some((f) => f.chunks.some(([, low, high]) => code >= low && code <= high));
	});
}
