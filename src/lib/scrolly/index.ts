/** What explainer documents import for scrolling sections. Graphics read `$lib/explainer` evidence, never the reverse. */
export { default as Scrolly } from './Scrolly.svelte';
export { default as Step } from './Step.svelte';
