/**
 * The estimate control works as plain HTML; its live number (estimate-field.ts) loads only when a
 * student first reaches for the control (focus, pointer or input), so the first view carries none of
 * it. What the attributes that follow a refused answer say is kept up to date here.
 */
/** The field a student changed before the live code loaded, if any. */
export type EarlyInput = 'slid' | 'typed' | null;

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
	// What the student last changed before the live code took over: it counts as if done then.
	let early: EarlyInput = null;
	const note = (event: Event) => {
		early = event.target === field ? 'typed' : 'slid';
	};
	const wake = () => {
		for (const type of WAKE_ON) root.removeEventListener(type, wake, true);
		import('./estimate-field').then(({ estimateField }) => {
			root.removeEventListener('input', note, true);
			if (!gone) destroyLive = estimateField(root, early);
		});
	};
	root.addEventListener('input', note, true);
	for (const type of WAKE_ON) root.addEventListener(type, wake, true);
	// A number typed before the script ran is read at once.
	if (field?.value) wake();
	return {
		update(next: EstimateState) {
			mark(root, next);
		},
		destroy() {
			gone = true;
			for (const type of WAKE_ON) root.removeEventListener(type, wake, true);
			root.removeEventListener('input', note, true);
			destroyLive?.();
		}
	};
}
