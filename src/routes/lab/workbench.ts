/** The lab workbench's props: the page owns the articles, the workbench reviews them and makes the quiz. */
import type { LabArticle } from '$lib/lab';
import type { Kept } from './pasted';

export interface WorkbenchProps {
	articles: LabArticle[];
	/** What this device kept from an earlier visit: the review and the round's seed. */
	kept: Kept | null;
	onclear: () => void;
}
