import { describe, expect, it } from 'vitest';
import { sourceKind } from './source-kind';

describe('sourceKind', () => {
	it('names the kind of a non-person source and nothing for a person', () => {
		expect(sourceKind({ name: 'report', type: 'document' })).toBe('a document');
		expect(sourceKind({ name: 'Harbour Times', type: 'media' })).toBe('a publication');
		expect(sourceKind({ name: '41 percent of respondents', type: 'group' })).toBe('a group');
		expect(sourceKind({ name: 'poll', type: 'survey' })).toBe('a survey');
		expect(sourceKind({ name: 'Ana Ruiz', type: 'person' })).toBeNull();
	});
	it('says nothing the name already says', () => {
		expect(sourceKind({ name: 'survey', type: 'survey' })).toBeNull();
		expect(sourceKind({ name: 'Acme Group', type: 'group' })).toBeNull();
	});
});
