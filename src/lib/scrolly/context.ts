/** How steps find their Scrolly: registration in document order gives each step its index. */
import { getContext, setContext } from 'svelte';

export interface ScrollyContext {
	register(focus: string | undefined): number;
	attach(index: number, element: HTMLElement): () => void;
	readonly active: number;
	readonly scrolly: boolean;
	activate(index: number): void;
}

const KEY = Symbol('scrolly');

export function provideScrolly(context: ScrollyContext): void {
	setContext(KEY, context);
}

export function useScrolly(): ScrollyContext {
	const context = getContext<ScrollyContext | undefined>(KEY);
	if (!context) throw new Error('<Step> must be placed inside a <Scrolly>');
	return context;
}
