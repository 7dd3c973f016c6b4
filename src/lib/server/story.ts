/**
 * The story's skeleton for the timeline and the accusation map: our own words, each line tied to the
 * paragraph that dates it and, for denials, to a bank quote. Checked against the bank when built.
 */
import type { Side } from '$lib/extract/types';

export interface StoryEvent {
	date: string;
	label: string;
	side: Side;
	/** Seed slug prefix and paragraph number that report it. */
	seed: string;
	paragraph: number;
}

export const EVENTS: StoryEvent[] = [
	{
		date: '2009',
		label:
			"China's Ministry of State Security later claims U.S. intelligence began entering Huawei's headquarters servers this year.",
		side: 'china-government',
		seed: '003',
		paragraph: 4
	},
	{
		date: '2012',
		label:
			'The U.S. government labels Huawei a "national security risk", alleging its equipment could serve Chinese spying.',
		side: 'us-government',
		seed: '000',
		paragraph: 20
	},
	{
		date: '2013',
		label: 'Cyber hacking is raised at a summit between Presidents Obama and Xi, Reuters reports.',
		side: 'other',
		seed: '002',
		paragraph: 8
	},
	{
		date: '2014-03',
		label:
			"The New York Times reports, citing Snowden documents, that the NSA got into Huawei's servers; Beijing asks for an explanation.",
		side: 'china-government',
		seed: '001',
		paragraph: 6
	},
	{
		date: '2014-05',
		label:
			'Photos published by Glenn Greenwald show, he reports, the NSA implanting surveillance tools in Cisco equipment sent abroad.',
		side: 'media',
		seed: '000',
		paragraph: 9
	},
	{
		date: '2014-05-19',
		label:
			'A U.S. grand jury indictment accuses five Chinese military officers of hacking U.S. companies to steal trade secrets.',
		side: 'us-government',
		seed: '002',
		paragraph: 4
	},
	{
		date: '2014-05-19',
		label:
			'China summons the U.S. ambassador; its assistant foreign minister calls the charges groundless.',
		side: 'china-government',
		seed: '002',
		paragraph: 5
	},
	{
		date: '2014-05-20',
		label: "Xinhua relays CNCERT's figures on attacks it says came from U.S. computers.",
		side: 'china-government',
		seed: '002',
		paragraph: 25
	},
	{
		date: '2014-05',
		label: 'China Youth Daily accuses Cisco of working with the U.S. government; Cisco denies it.',
		side: 'china-media',
		seed: '000',
		paragraph: 3
	},
	{
		date: '2014-05',
		label:
			'Bloomberg reports Chinese agencies asked banks to replace IBM servers; IBM says it knows of no such policy.',
		side: 'media',
		seed: '000',
		paragraph: 17
	},
	{
		date: '2023',
		label:
			'Huawei, under U.S. sanctions, sees its profits cut in half in the first quarter, The Register reports.',
		side: 'china-company',
		seed: '003',
		paragraph: 10
	},
	{
		date: '2023-09',
		label:
			"China's Ministry of State Security claims on WeChat that the U.S. hacked Huawei and Chinese universities.",
		side: 'china-government',
		seed: '003',
		paragraph: 4
	}
];

export interface StoryParty {
	id: string;
	label: string;
	side: Side;
}

export const PARTIES: StoryParty[] = [
	{ id: 'us', label: 'U.S. government', side: 'us-government' },
	{ id: 'china', label: 'Chinese government', side: 'china-government' },
	{ id: 'cisco', label: 'Cisco', side: 'us-company' },
	{ id: 'officers', label: 'Five PLA officers', side: 'china-government' },
	{ id: 'huawei', label: 'Huawei', side: 'china-company' },
	{ id: 'ibm', label: 'IBM', side: 'us-company' }
];

export interface StoryAccusation {
	id: string;
	from: string;
	to: string;
	charge: string;
	year: string;
	seed: string;
	paragraph: number;
	/** How the accused side answered, in our words, where an article reports it, with its quote if any. */
	response: { words: string; quote: string | null; seed: string; paragraph: number } | null;
}

export const ACCUSATIONS: StoryAccusation[] = [
	{
		id: 'indictment',
		from: 'us',
		to: 'officers',
		charge: 'hacking U.S. companies to steal trade secrets',
		year: '2014',
		seed: '002',
		paragraph: 4,
		response: {
			words: 'China denies it',
			quote: 'q-2167ddd3',
			seed: '002',
			paragraph: 10
		}
	},
	{
		id: 'spying-on-china',
		from: 'china',
		to: 'us',
		charge: 'spying on Chinese networks, leaders and citizens',
		year: '2014',
		seed: '002',
		paragraph: 22,
		response: {
			words: 'The U.S. Embassy declined to comment',
			quote: null,
			seed: '002',
			paragraph: 12
		}
	},
	{
		id: 'cisco',
		from: 'china',
		to: 'cisco',
		charge: 'working with the U.S. government and military (in China Youth Daily)',
		year: '2014',
		seed: '000',
		paragraph: 4,
		response: { words: 'Cisco denies it', quote: 'q-9f9fb7fe', seed: '000', paragraph: 8 }
	},
	{
		id: 'ibm',
		from: 'china',
		to: 'ibm',
		charge: "threatening China's financial security, according to sources cited by Bloomberg",
		year: '2014',
		seed: '000',
		paragraph: 17,
		response: {
			words: 'IBM says it knows of no such policy',
			quote: 'q-b4c93b8a',
			seed: '000',
			paragraph: 19
		}
	},
	{
		id: 'huawei-risk',
		from: 'us',
		to: 'huawei',
		charge: 'being a "national security risk" that could help Chinese spying',
		year: '2012',
		seed: '000',
		paragraph: 20,
		response: {
			words: 'Huawei has always denied being a threat, The Register reports',
			quote: null,
			seed: '003',
			paragraph: 15
		}
	},
	{
		id: 'huawei-hacked',
		from: 'china',
		to: 'us',
		charge: "breaking into Huawei's servers from 2009",
		year: '2023',
		seed: '003',
		paragraph: 4,
		response: {
			words: 'The Register asked the State Department and had no answer',
			quote: null,
			seed: '003',
			paragraph: 14
		}
	}
];
