/** QTI 1.2 as Canvas imports it: a zip of imsmanifest.xml and one assessment file, source in each item's feedback. */
import { strToU8, zipSync } from 'fflate';
import { isEstimate, type AnswerKey, type KeyQuestion } from '../answer-key';
import { feedbackOf, fileBase, stemOf, type ExportFile, type ExportOptions } from './common';
import { xmlEscape } from './xml';

const CANVAS_TYPE = {
	single: 'multiple_choice_question',
	multiple: 'multiple_answers_question',
	estimate: 'numerical_question'
} as const;

function mattext(text: string): string {
	return `<material><mattext texttype="text/plain">${xmlEscape(text)}</mattext></material>`;
}

function metadata(type: string, points: number): string {
	const field = (label: string, entry: string) =>
		`<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${entry}</fieldentry></qtimetadatafield>`;
	return `<itemmetadata><qtimetadata>${field('question_type', type)}${field('points_possible', String(points))}</qtimetadata></itemmetadata>`;
}

function choiceItem(q: KeyQuestion, ident: string): { presentation: string; conditions: string } {
	const values = (q.answer as { values: string[] }).values;
	const labels = q.choices
		.map((c, i) => `<response_label ident="${ident}_c${i}">${mattext(c.label)}</response_label>`)
		.join('');
	const presentation =
		`<response_lid ident="response1" rcardinality="${q.multiple ? 'Multiple' : 'Single'}">` +
		`<render_choice>${labels}</render_choice></response_lid>`;
	const rightIdents = q.choices.flatMap((c, i) =>
		values.includes(c.value) ? [`${ident}_c${i}`] : []
	);
	const wrongIdents = q.choices.flatMap((c, i) =>
		values.includes(c.value) ? [] : [`${ident}_c${i}`]
	);
	const equal = (id: string) => `<varequal respident="response1">${id}</varequal>`;
	const test = q.multiple
		? `<and>${rightIdents.map(equal).join('')}${wrongIdents.map((id) => `<not>${equal(id)}</not>`).join('')}</and>`
		: rightIdents.length === 1
			? equal(rightIdents[0]!)
			: `<or>${rightIdents.map(equal).join('')}</or>`;
	return { presentation, conditions: test };
}

function numericItem(q: KeyQuestion): { presentation: string; conditions: string } {
	const answer = q.answer as { exact: [number, number] };
	const presentation =
		'<response_str ident="response1" rcardinality="Single">' +
		'<render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib></response_str>';
	const [lo, hi] = answer.exact;
	const conditions = `<and><vargte respident="response1">${lo}</vargte><varlte respident="response1">${hi}</varlte></and>`;
	return { presentation, conditions };
}

function itemXml(q: KeyQuestion, number: number, options: ExportOptions): string {
	const ident = `q${number}`;
	const estimate = isEstimate(q.answer);
	const type = estimate
		? CANVAS_TYPE.estimate
		: q.multiple
			? CANVAS_TYPE.multiple
			: CANVAS_TYPE.single;
	const { presentation, conditions } = estimate ? numericItem(q) : choiceItem(q, ident);
	const unit =
		estimate && (q.answer as { unit: string }).unit
			? ` (in ${(q.answer as { unit: string }).unit})`
			: '';
	return [
		`<item ident="${ident}" title="${xmlEscape(`Q${number} ${q.kind}`)}">`,
		metadata(type, 1),
		`<presentation>${mattext(stemOf(q) + unit)}${presentation}</presentation>`,
		'<resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>',
		'<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>',
		`<respcondition continue="No"><conditionvar>${conditions}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>`,
		'</resprocessing>',
		`<itemfeedback ident="general_fb"><flow_mat>${mattext(feedbackOf(q, options))}</flow_mat></itemfeedback>`,
		'</item>'
	].join('\n');
}

export function assessmentXml(key: AnswerKey, options: ExportOptions, ident: string): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">',
		`<assessment ident="${ident}" title="${xmlEscape(`${key.title} (seed ${key.seed})`)}">`,
		'<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>',
		'<section ident="root_section">',
		...key.questions.map((q, i) => itemXml(q, i + 1, options)),
		'</section>',
		'</assessment>',
		'</questestinterop>',
		''
	].join('\n');
}

export function manifestXml(ident: string, href: string, title: string): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest identifier="${ident}_manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lom="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">`,
		`<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion><imsmd:lom><imsmd:general><imsmd:title><imsmd:string>${xmlEscape(title)}</imsmd:string></imsmd:title></imsmd:general></imsmd:lom></metadata>`,
		'<organizations/>',
		'<resources>',
		`<resource identifier="${ident}" type="imsqti_xmlv1p2"><file href="${href}"/></resource>`,
		'</resources>',
		'</manifest>',
		''
	].join('\n');
}

export function toQtiZip(key: AnswerKey, options: ExportOptions): ExportFile {
	const ident = `attributed_${key.module.replace(/-/g, '_')}_${key.seed}`;
	const href = `${ident}/${ident}.xml`;
	const title = `${key.title} (seed ${key.seed})`;
	const zip = zipSync({
		'imsmanifest.xml': strToU8(manifestXml(ident, href, title)),
		[href]: strToU8(assessmentXml(key, options, ident))
	});
	return { body: zip, type: 'application/zip', filename: `${fileBase(key)}.qti.zip`, leftOut: [] };
}
