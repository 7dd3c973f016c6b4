/**
 * The estimate control works as plain HTML; its live number (estimate-field.ts) loads only when a
 * student first reaches for the control (focus, pointer or input), so the first view carries none of
 * it. What the attributes that follow a refused answer say is kept up to date here.
 */
export type EstimateState = { typed: string; invalid: boolean; described: string | undefined };

const WAKE_ON = ['focusin', 'pointerdown', 'input'] as const;

function mark(root: HTMLElement, { invalid, described }: EstimateState) {
	for (const input of root.querySelectorAll('input[type=range], input[name=typed]')) {
		if (described) input.setAttribute('aria-describedby', described);
		else input.removeAttribute('aria-describedby');
	}
	const typed = root.querySelector('input[name=typed]');
	if (invalid) typed?.setAttribute('aria-invalid', 'true');
	else typed?.removeAttribute('aria-invalid');
}

export function wakeEstimate(root: HTMLElement, state: EstimateState) {
	// Drawn in the browser (the lab's player after an unreadable answer), the text comes back too.
	const field = root.querySelector<HTMLInputElement>('input[name=typed]');
	if (field && field.value === '' && state.typed) field.value = state.typed;
	let destroyLive: (() => void) | undefined;
	let gone = false;
	const wake = (event: Event) => {
		for (const type of WAKE_ON) root.removeEventListener(type, wake, true);
		import('./estimate-field').then(({ estimateField }) => {
			if (!gone) destroyLive = estimateField(root, event);
		});
	};
	for (const type of WAKE_ON) root.addEventListener(type, wake, true);
	return {
		update(next: EstimateState) {
			state = next;
			mark(root, next);
		},
		destroy() {
			gone = true;
			for (const type of WAKE_ON) root.removeEventListener(type, wake, true);
			destroyLive?.();
		}
	};
}
