import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { CARD_HEIGHT, CARD_WIDTH, renderCard, type CardData } from './render';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

const sample: CardData = {
	moduleTitle: 'The May 2014 indictment and Beijing’s reply',
	right: 7,
	total: 10,
	marks: [
		'right',
		'wrong',
		'right',
		'right',
		'wrong',
		'right',
		'right',
		'retired',
		'close',
		'wrong',
		'right'
	],
	name: '<script>alert(1)</script> Zoë'
};

describe('renderCard', () => {
	it('renders a 1200×630 PNG', async () => {
		const png = await renderCard(sample);
		expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		if (process.env.CARD_OUT) writeFileSync(process.env.CARD_OUT, png);
	});

	it('is the same bytes for the same data', async () => {
		const a = await renderCard(sample);
		const b = await renderCard({ ...sample, marks: [...sample.marks] });
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});

	it('fits 200 answers and a 40-character name', async () => {
		const png = await renderCard({
			moduleTitle: 'x'.repeat(200),
			right: 100,
			total: 200,
			marks: Array.from({ length: 200 }, (_, i) => (i % 3 ? 'right' : 'wrong')),
			name: 'W'.repeat(40)
		});
		expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
	});
});
