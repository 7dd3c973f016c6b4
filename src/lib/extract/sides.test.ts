import { describe, expect, it } from 'vitest';
import { Registry } from './registry';
import { inferSide } from './sides';

describe('sides', () => {
	it('reads the side from role, type and country', () => {
		const reg = new Registry();
		const daily = reg.create('Northland Daily', 'media');
		expect(inferSide(daily)).toBe('media');
		const prof = reg.create('Ana Ruiz', 'person', 'professor at Lakeside University');
		expect(inferSide(prof)).toBe('academic');
		expect(inferSide(reg.create('Justice Department', 'agency'))).toBe('us-government');
	});
});
