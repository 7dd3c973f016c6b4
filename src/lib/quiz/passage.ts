/** The paragraph around a quote or figure, split so the item itself can be highlighted (server and offline browser). */
import type { Bank } from '$lib/extract/types';
import type { Passage } from './types';

export function passageOf(
	bank: Bank,
	texts: Record<string, string> | undefined,
	itemId: string
): Passage | null {
	const item = bank.quotes[itemId] ?? bank.figures[itemId];
	const text = item ? texts?.[item.seed] : undefined;
	if (!item || !text) return null;
	// The whole paragraph, so the attribution ("said Hong") shows beside the words.
	const paragraph = bank.articles.find((a) => a.seed === item.seed)?.paragraphs[item.paragraph - 1];
	const around =
		paragraph && paragraph.start <= item.start && paragraph.end >= item.end
			? paragraph
			: item.sentence;
	const start = Math.min(around.start, item.start);
	const end = Math.max(around.end, item.end);
	return {
		before: text.slice(start, item.start),
		mark: text.slice(item.start, item.end),
		after: text.slice(item.end, end)
	};
}
