/** Public API of the extractor: one article, or a whole bank. Pure TypeScript, runs in the browser. */
export type * from './types';
export { extractArticle, type ArticleExtraction } from './extract';
export { buildBank, assembleBank, mergeEntities, type ArticleInput } from './bank';
export { applyReview, type Review } from './review';
