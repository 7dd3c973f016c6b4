import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr';
import { decodeQrSvg } from '../../../../tests/e2e/qr';

describe('class link QR code', () => {
	it('decodes to exactly the link it was drawn from', () => {
		for (const link of [
			'http://localhost:4208/quiz/mixed?seed=2024',
			'https://attributed.example/quiz/indictment-2014?seed=4294967295'
		]) {
			const svg = qrSvg(link);
			expect(svg.startsWith('<svg')).toBe(true);
			expect(decodeQrSvg(svg)).toBe(link);
		}
	});
});
