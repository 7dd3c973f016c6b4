/**
 * Keeps a select's choice in step with `value`. An action, not `value={…}` on the select: Svelte's
 * select binding code would then sit in the shared runtime chunk that every page loads.
 */
export function selectValue(select: HTMLSelectElement, value: string) {
	const choose = (next: string) => {
		if (select.value !== next) select.value = next;
	};
	choose(value);
	return { update: choose };
}
