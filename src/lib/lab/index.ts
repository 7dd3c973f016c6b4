/** The lab's public API: pasted articles → reviewed bank → round → share link → scored result. Browser-safe. */
export type * from './types';
export { readArticle, looksLikeHtml, type HtmlParser } from './read';
export { labBank, labSeeds, labTexts, staleReviewKeys } from './bank';
export { labQuiz, labModule, emptyReason, LAB_ROUND } from './quiz';
export { flagsFor } from './flags';
export { packQuiz, fingerprint } from './pack';
export { encodeFragment, decodeFragment, LINK_SAFE_LENGTH } from './link';
export { LabLinkError } from './fragment';
export { encodeLabResult, decodeLabResult, scoreLabResult, labRecord } from './result';
export { unpackQuestion } from './unpack';
export { labAnswerKey } from './answer-key';
