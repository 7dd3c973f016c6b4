/** Renders a result's social card: a 1200×630 PNG with the module, score, right/wrong grid and name, never a question. */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createAssets, type OptionsForCard } from './assets.cjs';
import { CARD_FONT_FAMILY, cardFonts, fallbackTable } from './fonts';

import { CARD_HEIGHT, CARD_WIDTH } from '$lib/share/card-size';

export { CARD_HEIGHT, CARD_WIDTH };

export type Mark = 'right' | 'close' | 'wrong' | 'retired';

/** Everything a card shows. Built from the scored result; holds no question content by construction. */
export interface CardData {
	moduleTitle: string;
	right: number;
	/** Questions that still exist in the bank (retired ones are not counted). */
	total: number;
	marks: Mark[];
	name?: string;
}

/** A satori element: the plain-object form of what JSX would build. */
interface Node {
	type: string;
	props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

function h(
	type: string,
	style: Record<string, string | number>,
	...children: (Node | string)[]
): Node {
	return { type, props: { style, children } };
}

const COLORS = {
	bg: '#fbfaf7',
	text: '#1c1b19',
	muted: '#55524b',
	accent: '#1d4ed8',
	right: '#166534',
	wrong: '#b91c1c',
	retired: '#9ca3af'
};

/** Cells shrink as the quiz grows so up to 200 answers still fit in the grid's box. */
function cellSize(count: number): number {
	if (count <= 15) return 44;
	if (count <= 30) return 34;
	if (count <= 60) return 24;
	return 14;
}

/** Right is a filled square, close a half-filled one (◐), wrong a hollow one: readable without colour too. */
function cell(mark: Mark, size: number): Node {
	const border = Math.max(3, Math.round(size / 8));
	const base = {
		boxSizing: 'border-box',
		width: size,
		height: size,
		borderRadius: Math.round(size / 5),
		display: 'flex'
	};
	if (mark === 'right') return h('div', { ...base, backgroundColor: COLORS.right });
	if (mark === 'close') {
		return h('div', {
			...base,
			border: `${border}px solid ${COLORS.right}`,
			backgroundImage: `linear-gradient(to right, ${COLORS.right} 50%, #fff 50%)`
		});
	}
	if (mark === 'wrong')
		return h('div', {
			...base,
			border: `${border}px solid ${COLORS.wrong}`,
			backgroundColor: '#fff'
		});
	return h('div', { ...base, border: `${border}px dashed ${COLORS.retired}` });
}

function legendItem(mark: Mark, label: string): Node {
	return h(
		'div',
		{ display: 'flex', alignItems: 'center', gap: 10, marginRight: 28 },
		cell(mark, 22),
		label
	);
}

/** Long titles and names are cut with an ellipsis rather than overflowing the card. */
function cut(text: string, max: number): string {
	const chars = [...text];
	return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

export function cardTree(data: CardData): Node {
	const size = cellSize(data.marks.length);
	const percent = data.total > 0 ? Math.round((100 * data.right) / data.total) : 0;
	// The name is a text of its own, so a right-to-left name keeps its order and "’s result" stays after it.
	const heading = data.name
		? [h('div', { display: 'flex' }, cut(data.name, 40)), '’s result']
		: ['A quiz result'];
	const legend = [legendItem('right', 'right')];
	if (data.marks.includes('close')) legend.push(legendItem('close', 'close'));
	legend.push(legendItem('wrong', 'wrong'));
	if (data.marks.includes('retired')) legend.push(legendItem('retired', 'retired'));
	return h(
		'div',
		{
			boxSizing: 'border-box',
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			display: 'flex',
			flexDirection: 'column',
			padding: '56px 64px',
			backgroundColor: COLORS.bg,
			color: COLORS.text,
			fontFamily: CARD_FONT_FAMILY,
			borderTop: `16px solid ${COLORS.accent}`
		},
		h(
			'div',
			{ display: 'flex', fontSize: 28, color: COLORS.muted, fontWeight: 700 },
			'Attributed · who said what'
		),
		h(
			'div',
			{ display: 'flex', fontSize: 30, lineHeight: 1.25, color: COLORS.muted, marginTop: 28 },
			...heading
		),
		h(
			'div',
			{ display: 'flex', fontSize: 54, fontWeight: 700, lineHeight: 1.15, marginTop: 8 },
			cut(data.moduleTitle, 70)
		),
		h(
			'div',
			{ display: 'flex', flexGrow: 1, alignItems: 'center', marginTop: 24 },
			h(
				'div',
				{ display: 'flex', flexDirection: 'column', width: 330, flexShrink: 0 },
				h(
					'div',
					{ display: 'flex', fontSize: 96, fontWeight: 700, color: COLORS.accent },
					`${data.right}/${data.total}`
				),
				h('div', { display: 'flex', fontSize: 30, color: COLORS.muted }, `${percent}% right`)
			),
			h(
				'div',
				{ display: 'flex', flexDirection: 'column', flexGrow: 1 },
				h(
					'div',
					{ display: 'flex', flexWrap: 'wrap', gap: Math.round(size / 3), maxHeight: 220 },
					...data.marks.map((mark) => cell(mark, size))
				),
				h('div', { display: 'flex', marginTop: 20, fontSize: 24, color: COLORS.muted }, ...legend)
			)
		)
	);
}

let optionsForCard: OptionsForCard | null = null;

/**
 * Renders the card to PNG bytes in this thread (the pool's workers do the same). Text becomes paths
 * in satori, so resvg needs no fonts of its own.
 */
export async function renderCard(data: CardData): Promise<Uint8Array> {
	optionsForCard ??= createAssets(fallbackTable(), readFileSync);
	const tree = cardTree(data);
	const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		...(optionsForCard(tree, cardFonts) as Pick<Parameters<typeof satori>[1], 'fonts'>)
	});
	const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
	return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
