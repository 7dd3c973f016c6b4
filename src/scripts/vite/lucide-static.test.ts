// The static icons draw what lucide's own builder draws: same SVG attributes, same shapes.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
// vitest runs the project's Vite plugins, so these imports are the static versions under test.
import BookOpen from '@lucide/svelte/icons/book-open';
import Check from '@lucide/svelte/icons/check';
import GraduationCap from '@lucide/svelte/icons/graduation-cap';
import Newspaper from '@lucide/svelte/icons/newspaper';
// Lucide's own attribute builder, the oracle (not part of the package's exports map).
import buildLucideIconNode from '../../../node_modules/@lucide/svelte/dist/utils/buildLucideIconNode.js';

const ICONS = {
	'book-open': BookOpen,
	check: Check,
	'graduation-cap': GraduationCap,
	newspaper: Newspaper
};

type Shape = [string, Record<string, string>];

/** The icon's data as published in the installed package. */
function iconData(name: string): { name: string; size: number; node: Shape[] } {
	const file = readFileSync(`node_modules/@lucide/svelte/dist/icons/${name}.svelte`, 'utf8');
	return JSON.parse(/const iconData = (\{.*\});/.exec(file)![1]!);
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	preserveOrder: true
});

/** The rendered SVG as attributes (strings) and its shapes in order. */
function parseSvg(html: string) {
	const svgStart = html.indexOf('<svg');
	const svg = html.slice(svgStart, html.indexOf('</svg>') + 6).replace(/<!--.*?-->/g, '');
	const [root] = parser.parse(svg) as [
		{ svg: Record<string, unknown>[]; ':@': Record<string, string> }
	];
	const shapes = root.svg.map((child) => {
		const tag = Object.keys(child).find((k) => k !== ':@')!;
		return [tag, child[':@'] ?? {}];
	});
	return { attributes: root[':@'], shapes };
}

const asStrings = (record: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(record).map(([k, v]) => [k, String(v)]));

describe('static lucide icons', () => {
	for (const [name, Component] of Object.entries(ICONS)) {
		it(`${name} matches lucide's drawing at size 18, aria-hidden`, () => {
			const data = iconData(name);
			const [, expectedAttributes, expectedShapes] = buildLucideIconNode(data, {
				size: 18,
				className: 'lucide-icon',
				hasA11yProp: true,
				attributes: { 'aria-hidden': 'true' }
			}) as [string, Record<string, unknown>, Shape[]];
			const { attributes, shapes } = parseSvg(
				render(Component, { props: { size: 18, 'aria-hidden': 'true' } }).body
			);
			const { class: expectedClass, ...restExpected } = asStrings(expectedAttributes);
			const { class: actualClass, ...restActual } = attributes;
			expect(restActual).toEqual(restExpected);
			expect(new Set(actualClass!.split(' '))).toEqual(new Set(expectedClass!.split(' ')));
			expect(shapes).toEqual(expectedShapes.map(([tag, attrs]) => [tag, asStrings(attrs)]));
		});
	}

	it('defaults to lucide’s 24 px and adds a given class', () => {
		const { attributes } = parseSvg(render(Check, { props: { class: 'mark' } }).body);
		expect(attributes.width).toBe('24');
		expect(attributes.height).toBe('24');
		expect(attributes.class!.split(' ')).toContain('mark');
	});
});
