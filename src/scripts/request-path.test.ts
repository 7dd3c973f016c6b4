import { describe, expect, it } from 'vitest';
import { canonicalPath, loggablePath } from './request-path.js';

describe('canonicalPath', () => {
	it('decodes unreserved characters and removes dot segments, as RFC 3986 normalises', () => {
		// Expected spellings from the WHATWG URL parser (dot segments) and RFC 3986's unreserved set.
		for (const [sent, canonical] of <[string, string][]>[
			['/./results/x', '/results/x'],
			['/%72esults/x', '/results/x'],
			['/quiz/../results/x', '/results/x'],
			['/%2e%2e/results/x', '/results/x'],
			['/%7Euser', '/~user'],
			['/a/b/..', '/a/'],
			['/', '/']
		]) {
			expect(canonicalPath(sent)).toBe(canonical);
			expect(new URL(canonical, 'http://h').pathname).toBe(canonical);
		}
	});

	it('keeps reserved and non-ASCII escapes as sent, in upper case', () => {
		expect(canonicalPath('/a%2fb')).toBe('/a%2Fb');
		expect(canonicalPath('/%e2%82%ac')).toBe('/%E2%82%AC');
		expect(canonicalPath('/quiz?x=%72')).toBe('/quiz');
	});
});

describe('loggablePath', () => {
	it('never holds a token or a query, in any spelling', () => {
		for (const url of [
			'/results/SECRET',
			'/%72esults/SECRET',
			'/./results/SECRET/card.png?n=SECRET'
		]) {
			expect(loggablePath(url)).not.toContain('SECRET');
		}
		expect(loggablePath('/%2Fresults/SECRET')).toBe('/[redacted]');
		expect(loggablePath('/quiz/numbers?seed=4')).toBe('/quiz/numbers');
	});
});
