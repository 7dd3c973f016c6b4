/** Public API of the extractor: one article, or a whole bank. Pure TypeScript, runs in the browser. */
export type * from './types';
export { extractArticle, type ArticleExtraction } from './extract';
export { buildBank, assembleBank, mergeEntities, type ArticleInput } from './bank';
// Editorial review is build-time only: import it from './review' (kept out of the browser bundle).
