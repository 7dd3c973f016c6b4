import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getBank } from './bank';
import { readExplainer, scanTags } from './explainers';
import { explainers, findExplainer } from './content';
import { explainerEvidence } from './explainer-evidence';
import { checkpointFor, checkpointProblem } from './checkpoints';

const PATH = '/content/explainers/test-piece.md';
const FRONT = { title: 'T', description: 'D', quiz: 'numbers', order: 1 };
const bank = getBank();
const gold = JSON.parse(readFileSync('tests/seeds.gold.json', 'utf8')) as {
	articles: Record<string, unknown>;
};
const aQuote = Object.values(bank.quotes).find((q) => q.text.length > 40)!;
const aFigure = Object.values(bank.figures)[0]!;

describe('scanTags', () => {
	it('finds bank-bound tags with their attributes and lines', () => {
		const tags = scanTags(
			'Intro\n<Quote id="q-1" inline />\ntext <Cite seed="002" paragraph="4">x</Cite>\n<Figure id={"f-2"}/>'
		);
		expect(tags).toEqual([
			{ name: 'Quote', attrs: { id: 'q-1' }, line: 2 },
			{ name: 'Cite', attrs: { seed: '002', paragraph: '4' }, line: 3 },
			{ name: 'Figure', attrs: { id: 'f-2' }, line: 4 }
		]);
	});
});

describe('readExplainer', () => {
	it('collects the ids an explainer names and the seeds it draws on', () => {
		const raw = `<Quote id="${aQuote.id}" />\n<Figure id="${aFigure.id}" />\n<Cite seed="002" paragraph="4" />`;
		const explainer = readExplainer(PATH, FRONT, raw, bank);
		expect(explainer.quotes).toEqual([aQuote.id]);
		expect(explainer.figures).toEqual([aFigure.id]);
		expect(explainer.cites).toEqual([
			{ name: '002', seed: '002_f2ce5798af53c9ec.txt', paragraph: 4 }
		]);
		expect(explainer.seeds).toContain(aQuote.seed);
	});

	it('fails naming the file, the line and the unknown id, and suggests the near miss', () => {
		const typo = aQuote.id.slice(0, -1) + (aQuote.id.endsWith('0') ? '1' : '0');
		const raw = `Some prose.\n\n<Quote id="${typo}" />`;
		expect(() => readExplainer(PATH, FRONT, raw, bank)).toThrow(
			`content/explainers/test-piece.md: <Quote id="${typo}"> on line 3: no quote with this id in the evidence bank. Did you mean ${aQuote.id}`
		);
		expect(() => readExplainer(PATH, FRONT, '<Figure id="f-nothing" />', bank)).toThrow(
			/test-piece\.md: <Figure id="f-nothing"> on line 1: no figure with this id/
		);
	});

	it('rejects a cite of a paragraph that is page furniture or does not exist', () => {
		// Line 3 of the Reuters seed is "Listen to article", which the cleaner sets aside.
		expect(() => readExplainer(PATH, FRONT, '<Cite seed="002" paragraph="3" />', bank)).toThrow(
			/has no article paragraph 3/
		);
		expect(() => readExplainer(PATH, FRONT, '<Cite seed="002" paragraph="99" />', bank)).toThrow(
			/has no article paragraph 99/
		);
		expect(() => readExplainer(PATH, FRONT, '<Cite seed="0" paragraph="4" />', bank)).toThrow(
			/names no single seed/
		);
	});

	it('rejects an unknown graphic and missing frontmatter', () => {
		expect(() => readExplainer(PATH, FRONT, '<Scrolly graphic="pie">', bank)).toThrow(
			/<Scrolly graphic="pie"> on line 1: use one of timeline, figure-bars, accusation-map, quote-cards/
		);
		expect(() => readExplainer(PATH, { title: 'T', description: 'D', order: 1 }, '', bank)).toThrow(
			'content/explainers/test-piece.md (field "quiz"): is missing'
		);
	});
});

describe('step focus', () => {
	const story = {
		...findExplainer('huawei-2009-2023')!.story,
		...findExplainer('indictment-2014')!.story,
		...findExplainer('reading-the-numbers')!.story
	};
	const read = (raw: string) => () => readExplainer(PATH, FRONT, raw, bank, story);

	it('accepts what each graphic shows', () => {
		expect(read('<Scrolly graphic="timeline">\n<Step focus="2014">')).not.toThrow();
		expect(read('<Scrolly graphic="accusation-map">\n<Step focus="indictment">')).not.toThrow();
		expect(
			read(`<Scrolly graphic="quote-cards" label="Q">\n<Step focus="${aQuote.id}">`)
		).not.toThrow();
	});

	it('fails when two quote-cards sections share a label, since cards are listed by label', () => {
		const section = `<Scrolly graphic="quote-cards" label="Q">\n<Step focus="${aQuote.id}">\n`;
		expect(read(section + section)).toThrow(
			/<Scrolly label="Q"> on line 3: two quote-cards sections share this label/
		);
	});

	it('fails naming the data file and key when a graphic has no data', () => {
		expect(() => readExplainer(PATH, FRONT, '<Scrolly graphic="timeline">', bank)).toThrow(
			'content/explainers/test-piece.json (field "timeline"): is missing'
		);
	});

	it('fails on a focus the graphic cannot highlight, naming the file and line', () => {
		expect(read('<Scrolly graphic="timeline">\n<Step focus="1999">')).toThrow(
			/test-piece\.md: <Step focus="1999"> on line 2: the timeline has no event dated "1999"/
		);
		expect(read('<Scrolly graphic="accusation-map">\n<Step focus="indictment,nonsense">')).toThrow(
			/the accusation-map graphic has no accusation "nonsense"/
		);
		expect(read('<Scrolly graphic="figure-bars">\n<Step focus="12345">')).toThrow(
			/the figure-bars graphic has no figure value "12345"/
		);
		expect(read('<Scrolly graphic="quote-cards" label="Q">\n<Step focus="2014">')).toThrow(
			/the quote-cards graphic focuses one quote id/
		);
		expect(read('<Step focus="2014">')).toThrow(/belongs inside a <Scrolly/);
	});
});

describe('checkpoints', () => {
	it('ask only one-answer kinds: no slider, no several right outlets', () => {
		const figure = Object.values(bank.figures).find((f) =>
			checkpointFor(bank, `${f.id}.whose-number`)
		)!;
		expect(checkpointFor(bank, `${figure.id}.estimate`)).toBeNull();
		expect(checkpointProblem(bank, `${figure.id}.estimate`)).toMatch(/one right choice/);
		expect(checkpointFor(bank, `${aQuote.id}.which-outlet`)).toBeNull();
	});
});

describe('the shipped explainers', () => {
	it('are at least four and together draw on all five articles they were written from', () => {
		expect(explainers.length).toBeGreaterThanOrEqual(4);
		const seeds = new Set(explainers.flatMap((e) => e.seeds));
		// The five in the answer key; an article a teacher adds later need not appear in our prose.
		expect([...seeds].sort()).toEqual(Object.keys(gold.articles).sort());
	});

	it('each embed two or three checkpoints the quiz engine can ask', () => {
		for (const explainer of explainers) {
			expect(explainer.checkpoints.length, explainer.slug).toBeGreaterThanOrEqual(2);
			expect(explainer.checkpoints.length, explainer.slug).toBeLessThanOrEqual(3);
			const evidence = explainerEvidence(bank, explainer);
			for (const id of explainer.checkpoints) {
				const checkpoint = evidence.checkpoints[id];
				expect(checkpoint, id).toBeTruthy();
				expect(checkpoint!.choices.map((c) => c.value)).toContain(checkpoint!.answer);
			}
		}
	});

	it('ship only the bank items they name, quoted verbatim', () => {
		for (const explainer of explainers) {
			const evidence = explainerEvidence(bank, explainer);
			expect(Object.keys(evidence.quotes).sort()).toEqual([...new Set(explainer.quotes)].sort());
			for (const quote of Object.values(evidence.quotes)) {
				expect(quote.text).toBe(bank.quotes[quote.id]!.text);
			}
		}
	});

	it('label every charted bar with its claimant and what it counts', () => {
		const numbers = explainers.find((e) => e.graphics.includes('figure-bars'))!;
		const bars = explainerEvidence(bank, numbers).bars.figures;
		expect(bars.length).toBeGreaterThanOrEqual(8);
		for (const bar of bars) {
			expect(bar.claimant).toBe('CNCERT');
			expect(bar.counts).not.toBe('');
		}
	});

	it('list every quote-cards section in the page data, so cards need no script', () => {
		const indictment = findExplainer('indictment-2014')!;
		const cards = explainerEvidence(bank, indictment).cards;
		expect(cards["Quotations from Beijing's reply"]).toHaveLength(4);
	});
});
