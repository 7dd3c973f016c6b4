/** What explainer documents import: the bank-bound components and the scrolly pieces. */
export { default as Quote } from './Quote.svelte';
export { default as Figure } from './Figure.svelte';
export { default as Cite } from './Cite.svelte';
export { default as Checkpoint } from './Checkpoint.svelte';
export { default as Scrolly } from '$lib/scrolly/Scrolly.svelte';
export { default as Step } from '$lib/scrolly/Step.svelte';
