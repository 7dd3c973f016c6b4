/** Test helper: reads a QR code SVG back to its text, as a phone camera would, via a real rasteriser and decoder. */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';

export function decodeQrSvg(svg: string): string | null {
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: 480 } }).render();
	const pixels = new Uint8ClampedArray(image.pixels);
	return jsQR(pixels, image.width, image.height)?.data ?? null;
}
