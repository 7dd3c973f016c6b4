import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testkit';

describe('roles', () => {
	it('refers "the spokesman" back to the person holding that role', () => {
		const [, b] = mentionsOf([
			'Tom Alder, spokesman for the Lakeside Council, spoke.',
			'The spokesman later left.'
		]);
		expect(b![0]).toEqual(['The spokesman', 'Tom Alder', 'person', 'role']);
	});
	it('makes an unnamed person of a role with no holder yet', () => {
		const [a] = mentionsOf(['An Acme spokesperson declined to comment.']);
		expect(a![0]).toEqual(['An Acme spokesperson', 'Acme spokesperson', 'person', 'role']);
	});
	it('refers "the company" to the latest company and "the ministry" to the ministry named', () => {
		const [a, b] = mentionsOf([
			'Nexora Technologies signed. So did the Northland Transport Ministry.',
			'The company agreed. The ministry agreed.'
		]);
		expect(a!.map((m) => m[1])).toEqual(['Nexora Technologies', 'Northland Transport Ministry']);
		expect(b!.map((m) => m[1])).toEqual(['Nexora Technologies', 'Northland Transport Ministry']);
	});
});
