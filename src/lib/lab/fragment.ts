/**
 * Links that carry a lab quiz or a lab result in the URL fragment, which browsers never send to a
 * server: `<tag>.<length>.<base64url of deflate-raw JSON>`. The length tells a cut link from a damaged one.
 */
import { MAX_JSON_BYTES, deflate, fromBase64Url, inflate, toBase64Url } from './codec';

/** A link that cannot be read, with a message for the person who opened it. */
export class LabLinkError extends Error {
	override name = 'LabLinkError';
}

/** What a link holds, in the words its messages use. */
export interface LinkKind {
	/** `q1` for a quiz, `r1` for a result. */
	tag: string;
	/** "quiz link", "results link". */
	noun: string;
}

export async function encodeLink(kind: LinkKind, value: unknown): Promise<string> {
	const data = toBase64Url(await deflate(JSON.stringify(value)));
	return `${kind.tag}.${data.length.toString(36)}.${data}`;
}

/** The fragment alone, whether given a whole URL, `#…` or the fragment itself; line breaks an email added are dropped. */
function fragmentOf(input: string): string {
	const s = input.replace(/\s+/g, '');
	const hash = s.lastIndexOf('#');
	return hash >= 0 ? s.slice(hash + 1) : s;
}

/** The JSON value a link carries; throws LabLinkError naming what is wrong. */
export async function decodeLink(kind: LinkKind, input: string): Promise<unknown> {
	const This = `This ${kind.noun}`;
	const again = `Ask for the link again, or copy all of it.`;
	if (typeof input !== 'string' || !input.trim())
		throw new LabLinkError(`${This} is empty. ${again}`);
	const s = fragmentOf(input);
	if (s.length > 4 * MAX_JSON_BYTES)
		throw new LabLinkError(`${This} is far too long to be one the lab made.`);
	const [tag, length, data, ...rest] = s.split('.');
	const [letter, wanted] = [kind.tag.slice(0, 1), kind.tag.slice(1)];
	if (!tag || !/^[a-z]\d+$/.test(tag) || tag[0] !== letter)
		throw new LabLinkError(`${This} is not a ${kind.noun} made by the lab. ${again}`);
	if (tag.slice(1) !== wanted)
		throw new LabLinkError(
			`${This} was made by another version of the lab (version ${tag.slice(1)}; this one reads version ${wanted}).`
		);
	const declared = length !== undefined && /^[0-9a-z]+$/.test(length) ? parseInt(length, 36) : NaN;
	if (data === undefined || Number.isNaN(declared))
		throw new LabLinkError(
			`${This} is cut short: its beginning is there but not its quiz. ${again}`
		);
	if (rest.length) throw new LabLinkError(`${This} is damaged: it has extra parts. ${again}`);
	if (data.length < declared)
		throw new LabLinkError(
			`${This} is cut short: ${declared - data.length} of its ${declared} characters are missing. ${again}`
		);
	if (data.length > declared)
		throw new LabLinkError(`${This} is damaged: it is longer than it says. ${again}`);
	const bytes = fromBase64Url(data);
	if (!bytes)
		throw new LabLinkError(
			`${This} is damaged: it holds characters a link from the lab never has. ${again}`
		);
	let json: string;
	try {
		json = await inflate(bytes);
	} catch (e) {
		throw new LabLinkError(
			e instanceof RangeError
				? `${This} holds far more than a quiz: it was not made by the lab.`
				: `${This} is damaged: its contents cannot be unpacked. ${again}`
		);
	}
	try {
		return JSON.parse(json) as unknown;
	} catch {
		throw new LabLinkError(`${This} is damaged: its contents are not readable. ${again}`);
	}
}
