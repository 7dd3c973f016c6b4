/** The sides a quote can speak for, in the broad words a student would use. */
import type { Side } from '$lib/extract/types';

export const SIDE_GROUPS = [
	'china-government',
	'china-media',
	'us-government',
	'company',
	'media',
	'analyst',
	'outlet'
] as const;

export type SideGroup = (typeof SIDE_GROUPS)[number];

export const SIDE_LABELS: Record<SideGroup, string> = {
	'china-government': 'The Chinese government',
	'china-media': 'Chinese state media',
	'us-government': 'The U.S. government',
	company: 'A company',
	media: 'A news organisation',
	analyst: 'An independent analyst or academic',
	outlet: "The outlet's own words"
};

/** Groups a student could defend for the same speaker: state media are news organisations too, and so is the outlet. */
export const SIDE_OVERLAPS: Record<SideGroup, SideGroup[]> = {
	'china-government': [],
	'china-media': ['media'],
	'us-government': [],
	company: [],
	media: ['china-media', 'outlet'],
	analyst: [],
	outlet: ['media']
};

export function sideGroup(side: Side): SideGroup | null {
	switch (side) {
		case 'china-government':
		case 'china-media':
		case 'us-government':
		case 'outlet':
			return side;
		case 'china-company':
		case 'us-company':
		case 'company':
			return 'company';
		case 'us-media':
		case 'media':
			return 'media';
		case 'academic':
			return 'analyst';
		default:
			return null;
	}
}
