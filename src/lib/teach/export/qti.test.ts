import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isEstimate } from '../answer-key';
import { expectSource, keys, ORIGIN, rightLabels } from './fixture';
import { toQtiZip } from './qti';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) =>
		['item', 'response_label', 'varequal', 'not', 'qtimetadatafield', 'resource'].includes(name),
	parseTagValue: false
});

type Node = Record<string, unknown>;
const at = (node: unknown, ...path: string[]): unknown =>
	path.reduce<unknown>((n, key) => (n as Node | undefined)?.[key], node);

describe('QTI 1.2 zip for Canvas', () => {
	it('resolves its manifest to an assessment holding every question, answer and source', () => {
		for (const key of keys()) {
			const files = unzipSync(toQtiZip(key, { origin: ORIGIN }).body as Uint8Array);
			const manifestXml = strFromU8(files['imsmanifest.xml']!);
			expect(XMLValidator.validate(manifestXml)).toBe(true);
			const resources = at(
				parser.parse(manifestXml),
				'manifest',
				'resources',
				'resource'
			) as Node[];
			expect(resources).toHaveLength(1);
			expect(resources[0]!['@type']).toBe('imsqti_xmlv1p2');
			const href = at(resources[0], 'file', '@href') as string;
			expect(Object.keys(files).sort()).toEqual([href, 'imsmanifest.xml'].sort());
			const xml = strFromU8(files[href]!);
			expect(XMLValidator.validate(xml)).toBe(true);
			const root = parser.parse(xml).questestinterop;
			expect(root['@xmlns']).toBe('http://www.imsglobal.org/xsd/ims_qtiasiv1p2');
			const items = at(root, 'assessment', 'section', 'item') as Node[];
			expect(items).toHaveLength(key.questions.length);
			key.questions.forEach((q, i) => {
				const item = items[i]!;
				const fields = at(item, 'itemmetadata', 'qtimetadata', 'qtimetadatafield') as Node[];
				const type = fields.find((f) => f.fieldlabel === 'question_type')!.fieldentry;
				expect(at(item, 'presentation', 'material', 'mattext', '#text')).toContain(q.prompt);
				expectSource(
					at(item, 'itemfeedback', 'flow_mat', 'material', 'mattext', '#text') as string,
					q
				);
				const conditions = at(item, 'resprocessing', 'respcondition') as Node[];
				const scoring = at(conditions[1], 'conditionvar') as Node;
				const answer = q.answer;
				if (isEstimate(answer)) {
					expect(type).toBe('numerical_question');
					const range = at(scoring, 'and') as Node;
					expect(Number(at(range, 'vargte', '#text'))).toBe(answer.exact[0]);
					expect(Number(at(range, 'varlte', '#text'))).toBe(answer.exact[1]);
					return;
				}
				expect(type).toBe(q.multiple ? 'multiple_answers_question' : 'multiple_choice_question');
				const labels = at(
					item,
					'presentation',
					'response_lid',
					'render_choice',
					'response_label'
				) as Node[];
				const labelText = new Map(
					labels.map((l) => [l['@ident'], at(l, 'material', 'mattext', '#text')])
				);
				expect([...labelText.values()]).toEqual(q.choices.map((c) => c.label));
				const equals = (q.multiple ? at(scoring, 'and', 'varequal') : scoring.varequal) as Node[];
				const right = equals.map((v) => labelText.get(v['#text']));
				expect(right).toEqual(rightLabels(q));
				if (q.multiple) {
					const excluded = (at(scoring, 'and', 'not') as Node[] | undefined) ?? [];
					expect(excluded.length + right.length).toBe(q.choices.length);
				}
			});
		}
	});
});
