import { describe, expect, it } from 'vitest';
import { Registry, resolveEnt } from './registry';

describe('registry', () => {
	it('finds a person by full name or surname, and an organisation by any key', () => {
		const reg = new Registry();
		const holt = reg.create('Dana Holt', 'person');
		const acme = reg.create('Acme Technologies', 'company');
		expect(reg.person(['Dana', 'Holt'])).toBe(holt);
		expect(reg.person(['Holt'])).toBe(holt);
		expect(reg.org('Acme')).toBe(acme);
		expect(reg.org('Nexora')).toBeNull();
	});
	it('resolves a role to the latest holder of that role and country', () => {
		const reg = new Registry();
		const a = reg.create('Marie Roux', 'person', 'French ambassador to Peru');
		reg.create('Ian Park', 'person', 'Korean ambassador to Peru');
		expect(reg.resolveRole('ambassador', [], 'france')).toBe(a);
	});
	it('matches a role given to an entity after it was first looked at', () => {
		const reg = new Registry();
		const lee = reg.create('Ann Lee', 'person');
		expect(reg.resolveRole('spokeswoman', [], null)).toBeNull();
		lee.role = 'spokeswoman for the council';
		expect(reg.resolveRole('spokeswoman', ['council'], null)).toBe(lee);
		lee.role = 'mayor';
		expect(reg.resolveRole('spokeswoman', [], null)).toBeNull();
	});
	it('indexes an alias of an entity that became an organisation', () => {
		const reg = new Registry();
		const e = reg.create('Harbour', 'person');
		reg.addAlias(e, 'Harbour Trust');
		expect(reg.org('Harbour Trust')).toBeNull();
		e.type = 'agency';
		reg.addAlias(e, 'Harbour Trust');
		reg.addAlias(e, 'Harbour Trust');
		expect(reg.org('Harbour Trust')).toBe(e);
	});
	it('follows a document to its owner', () => {
		const reg = new Registry();
		const doc = reg.create('report', 'document');
		const board = reg.create('Safety Board', 'agency');
		doc.owner = board;
		expect(resolveEnt(doc)).toBe(board);
	});
});
