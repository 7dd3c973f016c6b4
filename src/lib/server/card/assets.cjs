// Fonts and emoji for names the card's own font (Inter) cannot draw, read only when a card's text needs
// them (the font files that hold its characters; Twemoji's SVG for each emoji). Plain CommonJS
// without imports, because the card workers (render-worker.cjs) evaluate it from text, as they are
// evaluated themselves; the file system comes in as an argument.

/** @typedef {{ name: string, dir: string, prefix: string, chunks: [string, number, number][] }} Family */
/** @typedef {{ families: Family[], emojiDir: string }} AssetTable */

/** Anything beyond Inter's ranges (Latin, Greek, Cyrillic, Vietnamese, punctuation, currency, symbols). */
const BEYOND_INTER =
	/[^\u0020-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]/u;

/** Emoji are drawn as images, never from a font that happens to hold a glyph for them. */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Component}|\u200d|\ufe0f/u;

/** Twemoji names a file by its code points in hex; it drops U+FE0F except inside ZWJ sequences. */
function emojiFileNames(emoji) {
	const hex = (text) => [...text].map((c) => c.codePointAt(0).toString(16)).join('-');
	const names = [hex(emoji)];
	if (emoji.includes('\uFE0F')) names.push(hex(emoji.replaceAll('\uFE0F', '')));
	return names;
}

/**
 * @param {AssetTable} table which families cover which code points, and where the files are
 * @param {(path: string) => Uint8Array} readFile
 */
function createAssets(table, readFile) {
	/** Each file is read once per thread: a class's cards share the same few. */
	const files = new Map();
	const read = (path) => {
		if (!files.has(path)) {
			try {
				files.set(path, readFile(path));
			} catch {
				files.set(path, null);
			}
		}
		return files.get(path);
	};

	function fontsFor(text) {
		const fonts = [];
		const codes = [...text]
			.filter((c) => BEYOND_INTER.test(c) && !EMOJI.test(c))
			.map((c) => c.codePointAt(0));
		for (const family of table.families) {
			for (const [chunk, low, high] of family.chunks) {
				if (!codes.some((code) => code >= low && code <= high)) continue;
				const name = `${family.name} ${chunk}`;
				if (fonts.some((font) => font.name === name)) continue;
				const data = read(`${family.dir}/${family.prefix}-${chunk}-400-normal.woff`);
				if (data) fonts.push({ name, data, weight: 400, style: 'normal' });
			}
		}
		return fonts;
	}

	function emojiImage(emoji) {
		for (const name of emojiFileNames(emoji)) {
			const svg = read(`${table.emojiDir}/${name}.svg`);
			if (svg) return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
		}
		return undefined;
	}

	/** Emoji, as Twemoji SVG images; a font satori still misses is one we do not have. */
	async function loadAdditionalAsset(code, segment) {
		return code === 'emoji' ? emojiImage(segment) : [];
	}

	/**
	 * Satori's options for one card. A card in Inter's scripts gets exactly the shared, warmed-up fonts
	 * list and nothing else, so it costs what it did. Any other card also gets the font files its text
	 * needs, given up front rather than through `loadAdditionalAsset`, because satori keeps what that
	 * loads with the fonts list (by the fonts' names): a font one name loaded would change how the next
	 * card is laid out. Emoji come as images through `loadAdditionalAsset`.
	 */
	return function optionsForCard(tree, fonts) {
		const text = JSON.stringify(tree);
		if (!BEYOND_INTER.test(text)) return { fonts };
		return { fonts: [...fonts, ...fontsFor(text)], loadAdditionalAsset };
	};
}

module.exports = { BEYOND_INTER, EMOJI, createAssets };
