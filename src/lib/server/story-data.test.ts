import { describe, expect, it } from 'vitest';
import { getBank } from './bank';
import { readStoryData } from './story-data';
import { readProvenance } from './provenance';

const FILE = 'content/explainers/x.json';
const bank = getBank();
const accusation = {
	id: 'a',
	accuser: 'us',
	accuserAs: 'the United States',
	accused: 'cn',
	charge: 'hacking',
	date: '2014-05',
	source: { seed: '002', paragraph: 4 },
	response: { printed: false, words: 'No answer is printed.' }
};
const map = (a: object) => ({
	'accusation-map': {
		parties: [
			{ id: 'us', label: 'U.S.', side: 'us-government' },
			{ id: 'cn', label: 'China', side: 'china-government' }
		],
		accusations: [{ ...accusation, ...a }]
	}
});
const event = { date: '2014', label: 'L', side: 'other', source: { seed: '002', paragraph: 4 } };
const timeline = (e: object) => ({
	timeline: { from: 2009, to: 2023, events: [{ ...event, ...e }] }
});

describe('readStoryData', () => {
	it('accepts an accusation that names its accuser as the cited paragraph does', () => {
		expect(readStoryData(FILE, map({}), bank).accusationMap!.accusations[0]!.source).toEqual({
			seed: '002_f2ce5798af53c9ec.txt',
			paragraph: 4
		});
	});

	it('fails naming file and field for a paragraph that does not exist or has no source', () => {
		expect(() =>
			readStoryData(FILE, timeline({ source: { seed: '002', paragraph: 99 } }), bank)
		).toThrow(
			`${FILE} (field "timeline.events[0].source.paragraph"): 002_f2ce5798af53c9ec.txt has no article paragraph 99`
		);
		expect(() => readStoryData(FILE, timeline({ source: undefined }), bank)).toThrow(
			`${FILE} (field "timeline.events[0].source")`
		);
		expect(() => readStoryData(FILE, map({ source: undefined }), bank)).toThrow(
			'(field "accusation-map.accusations[0].source")'
		);
	});

	it('fails when the accuser is not named as the source names it', () => {
		expect(() => readStoryData(FILE, map({ accuserAs: 'Chinese government' }), bank)).toThrow(
			'(field "accusation-map.accusations[0].accuserAs"): "Chinese government" does not appear in paragraph 4'
		);
	});

	it('fails on a missing quote or figure, and on a date outside the range', () => {
		const reply = {
			printed: true,
			words: 'W',
			quote: 'q-00000000',
			source: { seed: '002', paragraph: 10 }
		};
		expect(() => readStoryData(FILE, map({ response: reply }), bank)).toThrow(
			'(field "accusation-map.accusations[0].response.quote"): no quote q-00000000 in the bank'
		);
		expect(() => readStoryData(FILE, { 'figure-bars': { figures: ['f-00000000'] } }, bank)).toThrow(
			'(field "figure-bars.figures[0]"): no figure f-00000000 in the bank'
		);
		expect(() => readStoryData(FILE, timeline({ date: '2030' }), bank)).toThrow(
			'(field "timeline.events[0].date"): 2030 is outside 2009–2023'
		);
	});
});

describe('readProvenance', () => {
	it('fails on a relay its paragraph does not name', () => {
		const quote = Object.values(bank.quotes)[0]!;
		expect(() => readProvenance({ relays: { [quote.id]: 'Nowhere Gazette' } }, bank)).toThrow(
			`content/provenance.json (field "relays.${quote.id}"): "Nowhere Gazette" is not named`
		);
	});
});
