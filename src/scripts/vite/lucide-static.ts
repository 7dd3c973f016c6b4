/**
 * Vite plugin: each `@lucide/svelte/icons/<name>` component compiles to its SVG as static markup.
 *
 * Lucide's own component draws any icon at run time through a shared `Icon` that spreads attributes
 * and renders `<svelte:element>` children: about 4 KB of gzipped JavaScript on every page, for icons
 * that never change. Every icon here is decorative (`aria-hidden`), so the same drawing (the icon's
 * paths from the installed package, its default attributes and classes) is emitted as plain markup.
 * Props: `size` (default 24) and `class`; the icon is always `aria-hidden`, and lucide's other props
 * (color, strokeWidth, …) are not drawn: give an icon a meaning in text beside it.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The icon components of the installed @lucide/svelte. */
const ICON_FILE = /[\\/]@lucide[\\/]svelte[\\/]dist[\\/]icons[\\/]([a-z0-9-]+)\.svelte$/;
/** What each icon file holds: `const iconData = {"name": …, "node": [[tag, attrs], …]};`. */
const ICON_DATA = /const iconData = (\{.*\});/;

type IconNode = [string, Record<string, string | number>][];

const escapeAttribute = (value: string | number) =>
	String(value)
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		// Svelte reads braces in markup as expressions.
		.replace(/\{/g, '&#123;')
		.replace(/\}/g, '&#125;');

/** The static Svelte component of one lucide icon, as lucide's `Icon` would draw it by default. */
export function staticIcon(name: string, node: IconNode): string {
	const children = node
		.map(([tag, attrs]) => {
			const list = Object.entries(attrs).map(([k, v]) => `${k}="${escapeAttribute(v)}"`);
			return `<${tag} ${list.join(' ')} />`;
		})
		.join('');
	return `<script>
	let { size = 24, class: className = '' } = $props();
</script>

<svg xmlns="http://www.w3.org/2000/svg" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide-icon lucide lucide-${name}{className ? ' ' + className : ''}" aria-hidden="true">${children}</svg>
`;
}

export function lucideStatic(): Plugin {
	return {
		name: 'attributed:lucide-static',
		// Before vite-plugin-svelte reads the file, so it compiles this markup instead.
		enforce: 'pre',
		load(id) {
			const match = ICON_FILE.exec(id.split('?')[0]!);
			if (!match || id.includes('?')) return null;
			const data = ICON_DATA.exec(readFileSync(id, 'utf8'));
			if (!data) {
				this.error(`${id}: no iconData found; @lucide/svelte changed its icon files.`);
			}
			const icon = JSON.parse(data[1]!) as { node: IconNode };
			return staticIcon(match[1]!, icon.node);
		}
	};
}
