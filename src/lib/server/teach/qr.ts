/** QR codes as inline SVG, drawn on the server so a projected class link scans without JavaScript. */
import { renderSVG } from 'uqr';

/** Medium error correction survives a smudged projector; a four-module quiet zone is what scanners expect. */
export function qrSvg(text: string): string {
	return renderSVG(text, { ecc: 'M', border: 4 });
}
