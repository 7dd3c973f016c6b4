/** Types for assets.cjs (plain CommonJS, so the card workers can evaluate it from text). */
export interface Family {
	name: string;
	dir: string;
	prefix: string;
	/** [chunk, first code point, last code point]: a chunk is listed once per range it covers. */
	chunks: [string, number, number][];
}
export interface AssetTable {
	families: Family[];
	emojiDir: string;
}
export type Asset = string | { name: string; data: Uint8Array; weight: 400; style: 'normal' }[];
/** Satori's `fonts` (and, for a card beyond Inter's scripts, `loadAdditionalAsset`) for one card. */
export type OptionsForCard = <T>(
	tree: unknown,
	fonts: T[]
) => {
	fonts: T[];
	loadAdditionalAsset?: (code: string, segment: string) => Promise<Asset | undefined>;
};
export function createAssets(
	table: AssetTable,
	readFile: (path: string) => Uint8Array
): OptionsForCard;
export const BEYOND_INTER: RegExp;
export const EMOJI: RegExp;
