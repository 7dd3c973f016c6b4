import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './app-proxy.js';

const request = (headers: Record<string, string>) => ({
	headers,
	socket: { remoteAddress: '127.0.0.1' } as Socket
});

describe('the client address the app is told', () => {
	it('is the connection’s, whatever headers the client sends, unless a proxy header is configured', () => {
		const spoofed = request({
			'x-forwarded-for': '203.0.113.9',
			'x-attributed-client-address': '198.51.100.7'
		});
		expect(clientAddress(spoofed, {})).toBe('127.0.0.1');
	});

	it('reads X-Forwarded-For from the right, XFF_DEPTH entries in (the proxy’s own entry)', () => {
		const forwarded = request({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7, 192.0.2.1' });
		const env = { ADDRESS_HEADER: 'X-Forwarded-For' };
		expect(clientAddress(forwarded, { ...env, XFF_DEPTH: '1' })).toBe('192.0.2.1');
		expect(clientAddress(forwarded, { ...env, XFF_DEPTH: '2' })).toBe('198.51.100.7');
		// Deeper than the list: the first entry, never an empty address.
		expect(clientAddress(forwarded, { ...env, XFF_DEPTH: '9' })).toBe('203.0.113.9');
	});

	it('falls back to the connection when the configured header is missing', () => {
		expect(clientAddress(request({}), { ADDRESS_HEADER: 'X-Real-IP' })).toBe('127.0.0.1');
		expect(
			clientAddress(request({ 'x-real-ip': '192.0.2.4' }), { ADDRESS_HEADER: 'X-Real-IP' })
		).toBe('192.0.2.4');
	});
});
