import { describe, expect, it } from 'vitest';
import type { Entity } from '$lib/extract/types';
import { displayName } from './common';

const named = (name: string): Entity => ({
	id: name.toLowerCase().replace(/\W+/g, '-'),
	name,
	type: 'group',
	role: null,
	side: 'other',
	aliases: [],
	seeds: ['x.txt']
});

describe('displayName', () => {
	it('puts "the" before a bare common noun, as a sentence would', () => {
		expect(displayName(named('ministry'))).toBe('the ministry');
		expect(displayName(named('spokesman for the council'))).toBe('the spokesman for the council');
	});
	it('leaves names and phrases that already open with a determiner or quantifier alone', () => {
		expect(displayName(named('Bo Kent'))).toBe('Bo Kent');
		expect(displayName(named('most of those polled'))).toBe('most of those polled');
		expect(displayName(named('those surveyed'))).toBe('those surveyed');
		expect(displayName(named('half of the residents'))).toBe('half of the residents');
		expect(displayName(named('a spokeswoman'))).toBe('a spokeswoman');
	});
	it('still adds "the" to a noun that merely starts with such letters', () => {
		expect(displayName(named('allied command'))).toBe('the allied command');
		expect(displayName(named('anchor'))).toBe('the anchor');
	});
});
