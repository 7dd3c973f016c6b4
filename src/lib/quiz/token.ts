/** Result tokens: a compact, URL-safe record of one quiz attempt. The score is never in it: it is recomputed. */
import { fnv1a32 } from '../hash';

export type Confidence = 'sure' | 'unsure';

export interface ResultAnswer {
	/** Question id, from the bank item id and the question kind. */
	question: string;
	/** The answer given, as the question kind stores it (an entity id, a side, "yes", a number…). */
	answer: string;
	confidence: Confidence | null;
}

/** What a version-2 token adds: when, which try, whether a practice round, and how long it took. */
export interface ResultMeta {
	/** Day of completion, `YYYY-MM-DD` (UTC). */
	day?: string;
	/** 1 for the first finished round of this quiz in that browser, 2 for the second… */
	attempt?: number;
	/** A "practise the ones I missed" round rather than the full quiz. */
	practice?: boolean;
	/** Whole minutes from the first question to the results. */
	minutes?: number;
}

export interface ResultRecord {
	/** 1: answers and name only; 2: also `meta`. Every version ever made still decodes. */
	version: 1 | 2;
	/** Quiz module slug. */
	module: string;
	seed: number;
	answers: ResultAnswer[];
	/** Display name the student chose, kept only inside the link. */
	name?: string;
	meta?: ResultMeta;
}

export type Decoded = { ok: true; result: ResultRecord } | { ok: false; error: string };

export const LIMITS = {
	token: 8000,
	answers: 200,
	question: 80,
	answer: 200,
	name: 40,
	attempt: 9999,
	minutes: 1440
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONFIDENCE_CODES: (Confidence | null)[] = [null, 'sure', 'unsure'];
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** FNV-1a over the payload: catches truncation and typos, not forgery (there is nothing to forge). */
function checksum(text: string): string {
	return fnv1a32(text).toString(36).padStart(7, '0');
}

function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of encoder.encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return decoder.decode(bytes);
}

/** Characters a display name may not hold: controls and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Trims a display name and cuts it to the limit, counting characters as people do. */
export function cleanName(name: string): string {
	const cleaned = name.replace(new RegExp(UNSAFE_NAME.source, 'g'), '').trim();
	return [...cleaned].slice(0, LIMITS.name).join('').trim();
}

function problem(record: ResultRecord): string | null {
	if (!SLUG.test(record.module) || record.module.length > 64) return 'the quiz name is not valid';
	if (!Number.isSafeInteger(record.seed) || record.seed < 0 || record.seed > 0xffffffff) {
		return 'the quiz seed is not a whole number from 0 to 4294967295';
	}
	if (record.answers.length > LIMITS.answers) return 'it holds too many answers';
	const seen = new Set<string>();
	for (const { question, answer } of record.answers) {
		if (question === '' || question.length > LIMITS.question) return 'a question id is not valid';
		if (seen.has(question)) return 'a question is answered twice';
		seen.add(question);
		if (answer.length > LIMITS.answer) return 'an answer is too long';
	}
	if (record.name !== undefined) {
		if ([...record.name].length > LIMITS.name)
			return `the name is longer than ${LIMITS.name} characters`;
		if (UNSAFE_NAME.test(record.name)) return 'the name holds control characters';
	}
	return record.meta ? metaProblem(record.meta) : null;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const wholeUpTo = (value: unknown, max: number) =>
	Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

function metaProblem(meta: ResultMeta): string | null {
	if (meta.day !== undefined && !DAY.test(meta.day)) return 'its day is not a date';
	if (meta.attempt !== undefined && !(wholeUpTo(meta.attempt, LIMITS.attempt) && meta.attempt > 0))
		return 'its attempt number is not valid';
	if (meta.practice !== undefined && typeof meta.practice !== 'boolean')
		return 'its practice flag is not valid';
	if (meta.minutes !== undefined && !wholeUpTo(meta.minutes, LIMITS.minutes))
		return 'its time spent is not valid';
	return null;
}

/** Meta as stored: short keys, only those given. */
function compactMeta(meta: ResultMeta): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (meta.day !== undefined) out.d = meta.day;
	if (meta.attempt !== undefined) out.n = meta.attempt;
	if (meta.practice !== undefined) out.p = meta.practice ? 1 : 0;
	if (meta.minutes !== undefined) out.m = meta.minutes;
	return out;
}

function readMeta(data: unknown): ResultMeta | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const { d, n, p, m, ...rest } = data as Record<string, unknown>;
	if (Object.keys(rest).length > 0) return null;
	if (p !== undefined && p !== 0 && p !== 1) return null;
	const meta: ResultMeta = {};
	if (d !== undefined) meta.day = d as string;
	if (n !== undefined) meta.attempt = n as number;
	if (p !== undefined) meta.practice = p === 1;
	if (m !== undefined) meta.minutes = m as number;
	return meta;
}

function hasMeta(meta: ResultMeta | undefined): meta is ResultMeta {
	return meta !== undefined && Object.values(meta).some((v) => v !== undefined);
}

/** Encodes a result as `<base64url JSON>.<check>`; throws on a record that decode would reject. */
export function encodeResult(record: ResultRecord): string {
	const wrong = problem(record);
	if (wrong) throw new Error(`Cannot encode this result: ${wrong}.`);
	const answers = record.answers.map((a) => [
		a.question,
		a.answer,
		CONFIDENCE_CODES.indexOf(a.confidence)
	]);
	// Version 1 whenever there is no meta, so links stay as short as before.
	const compact: unknown[] = hasMeta(record.meta)
		? [2, record.module, record.seed, answers, record.name ?? '', compactMeta(record.meta)]
		: [1, record.module, record.seed, answers];
	if (!hasMeta(record.meta) && record.name) compact.push(record.name);
	const payload = toBase64Url(JSON.stringify(compact));
	return `${payload}.${checksum(payload)}`;
}

const BROKEN = 'This results link is broken: ';

/** Decodes a token. Never throws: anything malformed gives `{ ok: false, error }` in plain words. */
export function decodeResult(token: string): Decoded {
	const fail = (why: string): Decoded => ({ ok: false, error: BROKEN + why });
	if (typeof token !== 'string' || token.length === 0) return fail('it is empty.');
	if (token.length > LIMITS.token) return fail('it is far too long to be a results link.');
	const dot = token.lastIndexOf('.');
	if (dot < 1 || !/^[A-Za-z0-9_-]+$/.test(token.slice(0, dot))) {
		return fail('it is not in the format Attributed makes. Was part of it cut off when copied?');
	}
	const payload = token.slice(0, dot);
	if (checksum(payload) !== token.slice(dot + 1)) {
		return fail('part of it is missing or was changed. Copy the whole link again.');
	}
	let data: unknown;
	try {
		data = JSON.parse(fromBase64Url(payload));
	} catch {
		return fail('its contents cannot be read.');
	}
	if (!Array.isArray(data) || data.length < 4) return fail('its contents are not a result.');
	const [version, module, seed, answers, name, rawMeta] = data as unknown[];
	if (version !== 1 && version !== 2)
		return fail(
			`it was made by a version of Attributed this one does not know (${String(version)}).`
		);
	if (data.length > (version === 1 ? 5 : 6)) return fail('its contents are not a result.');
	const meta = version === 2 ? readMeta(rawMeta) : null;
	if (version === 2 && !meta) return fail('its details (day, attempt, time) cannot be read.');
	if (typeof module !== 'string' || typeof seed !== 'number' || !Array.isArray(answers)) {
		return fail('its contents are not a result.');
	}
	if (name !== undefined && typeof name !== 'string') return fail('its name is not text.');
	const parsed: ResultAnswer[] = [];
	for (const entry of answers) {
		if (
			!Array.isArray(entry) ||
			entry.length !== 3 ||
			typeof entry[0] !== 'string' ||
			typeof entry[1] !== 'string' ||
			!Number.isInteger(entry[2]) ||
			entry[2] < 0 ||
			entry[2] >= CONFIDENCE_CODES.length
		) {
			return fail('one of its answers cannot be read.');
		}
		parsed.push({
			question: entry[0],
			answer: entry[1],
			confidence: CONFIDENCE_CODES[entry[2]] ?? null
		});
	}
	const result: ResultRecord = { version: version === 2 ? 2 : 1, module, seed, answers: parsed };
	if (name) result.name = name;
	if (meta && hasMeta(meta)) result.meta = meta;
	const wrong = problem(result);
	return wrong ? fail(`${wrong}.`) : { ok: true, result };
}
