import { render } from 'svelte/server';
import SourceList from '$lib/SourceList.svelte';
import { withoutMarkers } from '$lib/server/drawn';
import { articleList } from '$lib/server/seeds';
import { numberWord } from '$lib/words';

// The footer's list of sources is the same on every page: drawn here once, it ships no code.
const footer = {
	heading: `The ${numberWord(articleList.length)} sources`,
	list: withoutMarkers(render(SourceList, { props: { sources: articleList, linked: false } }).body)
};

export function load() {
	return { sources: articleList, footer };
}
