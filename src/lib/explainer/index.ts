/** What explainer documents import: the bank-bound components (scrolly sections come from `$lib/scrolly`). */
export { default as Quote } from './Quote.svelte';
export { default as Figure } from './Figure.svelte';
export { default as Cite } from './Cite.svelte';
export { default as Checkpoint } from './Checkpoint.svelte';
