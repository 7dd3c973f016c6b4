import { articleList } from '$lib/server/seeds';

export function load() {
	return { sources: articleList };
}
