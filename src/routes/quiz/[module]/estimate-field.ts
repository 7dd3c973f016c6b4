/**
 * Brings the estimate control to life with plain DOM code (no component state, so it adds nothing to
 * the Svelte runtime every page loads), once a student reaches for it (estimate-wake.ts): the number
 * under the slider follows it, a typed number moves the slider, and a moved slider is marked as an
 * answer. The number reader loads only once there is typed text to read. Nothing here writes over a
 * value a student set before the script ran.
 */
import { plainNumber } from '$lib/quiz/plain-number';
import type { ParsedEstimate } from '$lib/quiz/estimate';
import { slidValue } from './slider';
import type { EarlyInput } from './estimate-wake';

type Reader = (raw: string) => ParsedEstimate;

/** Starts the live number; what the student changed while it loaded is handled as if done now. */
export function estimateField(root: HTMLElement, early: EarlyInput) {
	// The control itself, or (on the quiz page, sent as HTML) the box it was drawn into.
	const box = root.dataset.min ? root : root.querySelector<HTMLElement>('[data-min]');
	if (!box) return;
	const min = Number(box.dataset.min);
	const max = Number(box.dataset.max);
	const unit = box.dataset.unit ?? '';
	const slider = root.querySelector<HTMLInputElement>('input[type=range]');
	const typed = root.querySelector<HTMLInputElement>('input[name=typed]');
	const moved = root.querySelector<HTMLInputElement>('input[name=moved]');
	const current = root.querySelector<HTMLElement>('.current');
	const output = current?.querySelector('output');
	const unitText = current?.querySelector<HTMLElement>('.unit');
	if (!slider || !typed || !moved || !current || !output || !unitText) return;

	let read: Reader | null = null;
	let reading: Promise<Reader> | null = null;
	const reader = () =>
		(reading ??= import('$lib/quiz/estimate').then((module) => (read = module.parseEstimate)));

	function show(text: string, forField: HTMLInputElement, unread: boolean) {
		output!.htmlFor.value = forField.id;
		output!.classList.toggle('unread', unread);
		output!.textContent = text;
		unitText!.textContent = unread ? '' : ` ${unit}`;
	}

	function refresh() {
		const position = Number(slider!.value);
		slider!.setAttribute('aria-valuetext', `${plainNumber(slidValue(position, min, max))} ${unit}`);
		const text = typed!.value;
		if (text.trim() !== '') {
			// Until the reader has loaded, the display keeps what it said; it catches up in a moment.
			if (!read) return void reader().then(refresh);
			const parsed = read(text);
			if (!parsed.ok) return show('Not a number yet', typed!, true);
			return show(plainNumber(parsed.value), typed!, false);
		}
		if (!moved!.disabled) return show(plainNumber(slidValue(position, min, max)), slider!, false);
		show('Move the slider or type a number', slider!, true);
	}

	function onSlide() {
		moved!.disabled = false;
		typed!.value = '';
		refresh();
	}

	async function onType() {
		const parse = read ?? (await reader());
		const parsed = parse(typed!.value);
		if (parsed.ok) {
			const at = Math.round((Math.log(parsed.value / min) / Math.log(max / min)) * 1000);
			slider!.value = String(Math.min(1000, Math.max(0, at)));
		}
		refresh();
	}

	const preload = () => void reader();
	slider.addEventListener('input', onSlide);
	typed.addEventListener('input', onType);
	typed.addEventListener('focus', preload, { once: true });
	if (early === 'slid') onSlide();
	else if (early === 'typed') void onType();
	else refresh();
	current.hidden = false;
	return () => {
		slider.removeEventListener('input', onSlide);
		typed.removeEventListener('input', onType);
		typed.removeEventListener('focus', preload);
	};
}
