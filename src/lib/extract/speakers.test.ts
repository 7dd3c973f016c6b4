import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const who = (text: string): [string, string | null, string[]][] => {
	const x = extractArticle(text, 't.txt');
	return x.quotes.map((q) => [
		q.text,
		q.speaker,
		q.via.map((v) => x.entities.find((e) => e.id === v)?.name ?? v)
	]);
};

describe('speakers', () => {
	it('reads cues after the quote', () => {
		expect(who('"We will win," said Mayor Karen Bass.')).toEqual([
			['We will win,', 'Karen Bass', []]
		]);
		expect(who('"We will win," Karen Bass told reporters.')).toEqual([
			['We will win,', 'Karen Bass', []]
		]);
		expect(
			who("Max Ward met Lin Haoran.\n\n'We never did it,' Tanjug quoted Lin as telling Ward.")
		).toEqual([['We never did it,', 'Lin Haoran', ['Tanjug']]]);
	});
	it('gives the words to the person, not the body they work at ("Ana Ruiz of the court said")', () => {
		const text =
			'Judge Ana Ruiz of the Larkford County Court wrote that the city had "failed to hold hearings."';
		expect(who(text).map((x) => x[1])).toEqual(['Ana Ruiz']);
		expect(who('Ana Ruiz at Larkford College said it was "too soon."').map((x) => x[1])).toEqual([
			'Ana Ruiz'
		]);
	});
	it('attributes quotes marked with two apostrophes to the cue after them', () => {
		expect(who("''We are done,'' Mr. Osei said.").map((x) => x[1])).toEqual(['Osei']);
	});
	it('reads a cue after an aside, after modifiers, and with less common speech verbs', () => {
		expect(who('"We tried," as her mother hoped, Ines Varga said.').map((x) => x[1])).toEqual([
			'Ines Varga'
		]);
		expect(who('Ines Varga spoke.\n\n"We tried," a weary Varga said.').map((x) => x[1])).toEqual([
			'Ines Varga'
		]);
		expect(who('"We tried," recalled Ines Varga.').map((x) => x[1])).toEqual(['Ines Varga']);
		expect(
			who('"We tried," Green Party mayoral nominee Ines Varga said.').map((x) => x[1])
		).toEqual(['Ines Varga']);
	});
	it('resolves "he" and "she" to the subject in focus, of a fitting gender', () => {
		const r = who(
			'Ms. Ines Varga and Mr. Tomas Lind met.\n\n"It is over," Ms. Varga said. Mr. Lind disagreed.\n\n"It is not," she said.'
		);
		expect(r.map((x) => x[1])).toEqual(['Ines Varga', 'Ines Varga']);
		const s = who(
			'Ines Varga spoke.\n\nTomas Lind thanked the board and praised Ines Varga warmly.\n\n"We won," he said.'
		);
		expect(s.map((x) => x[1])).toEqual(['Tomas Lind']);
	});
	it('never takes a dateline for the speaker', () => {
		expect(who('Talks ended.\n\nPORTVILLE — "We will not back down."').map((x) => x[1])).toEqual([
			null
		]);
		expect(
			who(
				'Talks ended.\n\nPORTVILLE, Ore. (Agency) -- "We will not back down," Ines Varga said.'
			).map((x) => x[1])
		).toEqual(['Ines Varga']);
	});
	it('reads cues before the quote and continues within a paragraph', () => {
		expect(who("Mick Lynch said: 'Our members are angry. They will strike.'")[0]![1]).toBe(
			'Mick Lynch'
		);
		const r = who('"We tried," wrote Acme spokesperson Dana Holt. "We failed."');
		expect(r.map((x) => x[1])).toEqual(['Dana Holt', 'Dana Holt']);
	});
	it('resolves pronouns, surnames and "the spokesman"', () => {
		const r = who(
			'Wei Jian, spokesman for the Ministry of National Defense, spoke.\n\n"It is hypocrisy," said the spokesman as cited by the Financial Times.\n\nTan Wei is a professor.\n\n"It is rude," Tan said. He said it was "very rude" indeed.'
		);
		expect(r.map((x) => x[1])).toEqual(['Wei Jian', 'Tan Wei', 'Tan Wei']);
		expect(r[0]![2]).toEqual(['Financial Times']);
	});
	it('gives an uncued quote paragraph to the previous speaker', () => {
		const r = who(
			'An Acme spokesperson said the company was unaware of any plan.\n\n"Acme is not aware of any plan. Acme is a reliable supplier."'
		);
		expect(r[0]![1]).toBe('Acme spokesperson');
	});
	it('attributes partial quotes to the subject of the speech verb', () => {
		expect(
			who(
				'The French Foreign Ministry said the government was "deeply worried" about it, reported Le Monde.'
			)[0]![1]
		).toBe('French Foreign Ministry');
		expect(
			who(
				'Acme faced scrutiny from the U.S. government, which in 2019 labeled the firm a "grave threat to safety."'
			)[0]![1]
		).toBe('U.S. government');
	});
	it('resolves documents to their authors', () => {
		const r = who(
			'Canada fired back with a government report detailing what it dubbed "reckless trade practices."\n\n"The United States cheats at trade," said the report, authored by the Trade Policy Institute.'
		);
		expect(r.map((x) => x[1])).toEqual(['Trade Policy Institute', 'Trade Policy Institute']);
	});
	it('leaves scare quotes after "so-called" unattributed', () => {
		expect(
			who('Residents in the so-called "red zone" face fines, according to the ordinance.')[0]![1]
		).toBeNull();
	});
	it('reads surnames with inner capitals or hyphens after a courtesy title', () => {
		expect(who("''It is over,'' Mr. McAllister said.").map((x) => x[1])).toEqual(['McAllister']);
		expect(who('"We are done," said Ms. Okafor-Reyes.').map((x) => x[1])).toEqual(['Okafor-Reyes']);
	});
	it('reads a cue past a bracketed party label', () => {
		expect(who('"Rules matter," Rep. Tom Alder (R-Utah) said after the vote.')).toEqual([
			['Rules matter,', 'Tom Alder', []]
		]);
		expect(
			who('"Rules matter," committee Chairman Sen. Ana Ruiz (D-Ore.) said.').map((x) => x[1])
		).toEqual(['Ana Ruiz']);
	});
	it('resolves "he" to a bare surname that spoke, and to "he\'s" as to "he"', () => {
		expect(
			who('Brannock said the plan had failed.\n\n"It was never funded," he said.').map((x) => x[1])
		).toEqual(['Brannock']);
		expect(
			who('Ines Varga spoke first. He’s claiming that the count was "a total fraud."').map(
				(x) => x[1]
			)
		).toEqual(['Ines Varga']);
	});
	it('does not take a word that only opens sentences for the "he"', () => {
		expect(
			who('Mayor Dan Holt met the council.\n\nSpeaking to reporters, he added: "Cuts hurt."').map(
				(x) => x[1]
			)
		).toEqual(['Dan Holt']);
	});
	it('reads a cue after an appositive of several commas, or after a question', () => {
		const lead = 'The board met on Monday to discuss the plan.\n';
		expect(
			who(
				lead +
					'“It is an overreach,” Tom Alder, the attorney general of Ohio, one of the states suing, said.'
			).map((x) => x[1])
		).toEqual(['Tom Alder']);
		expect(who(lead + '“Why is this so big?” Alder demanded.').map((x) => x[1])).toEqual(['Alder']);
	});
	it('credits a quote to the name after a dash that closes the paragraph', () => {
		const lead = 'Readers wrote to us after the debate.\nHere is what they said.\n';
		expect(who(lead + '“We stay here. We fight.” ― Ana Ruiz\n“We go.” — Tom Alder.')).toEqual([
			['We stay here. We fight.', 'Ana Ruiz', []],
			['We go.', 'Tom Alder', []]
		]);
	});
	it('reads the speaker of a transcript turn quoted whole from its label', () => {
		const text =
			'The interview went on for an hour.\nThe host began with the news.\n' +
			'"HOLT: Let us start with the vote. Why now?\n"MS. RUIZ: Because it matters."';
		expect(who(text).map((x) => x[1])).toEqual(['Holt', 'Ruiz']);
	});
	it('reads a surname that is also a title word after a courtesy title', () => {
		expect(who("The board met.\n''They pay us,'' Mr. King said.").map((x) => x[1])).toEqual([
			'King'
		]);
	});
	it('credits a publication that "reports that", not a document called "reports"', () => {
		expect(who('The board met.\nThe Daily Ledger reports that the mayor “lied.”')).toEqual([
			['lied.', 'Daily Ledger', []]
		]);
	});
	it('credits a narrator placed by a phrase, and the person a participle follows', () => {
		const text =
			'The campaign released a new spot.\n“You pay your taxes. Why did he not?” a narrator in the ad asks. ' +
			'The spot ends with footage of Holt saying, “That makes me smart.”';
		expect(who(text).map((x) => x[1])).toEqual(['narrator', 'Holt']);
	});
	it('does not take a place named after "in" for the "he"', () => {
		const text =
			'The vote was close.\nThe long and noisy rally for Dana Holt went on.\n' +
			'It ran late in Brookfield. He said “we will win.”';
		expect(who(text).map((x) => x[1])).toEqual(['Dana Holt']);
	});
	it('reads a cue past a party label set off by commas', () => {
		expect(
			who('The vote was close.\n“It is over,” Senate Majority Leader Tom Alder, R-Ky., said.').map(
				(x) => x[1]
			)
		).toEqual(['Tom Alder']);
	});
	it('lets a new cue after a quote that continues the paragraph before name its own speaker', () => {
		const text =
			'The vote was close.\n“It is a scandal,” Ana Ruiz said. “We will not stop.\n' +
			'“It is fine,” added Tom Alder, the leader of the caucus.';
		expect(who(text).map((x) => x[1])).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Tom Alder']);
	});
});

describe('speakers with phrasal and less common speech verbs', () => {
	it('reads "shot back", "pointed out", "answered" and "retaliated" as cues', () => {
		expect(
			who(
				'“Go,” Tom Alder shot back.\n\n“It is fine,” Ana Ruiz pointed out.\n\n“No,” Lin Haoran answered.\n\n“Never,” an angry Ines Varga retaliated.'
			).map((x) => x[1])
		).toEqual(['Tom Alder', 'Ana Ruiz', 'Lin Haoran', 'Ines Varga']);
	});
	it('does not read "shot" without its particle as speech', () => {
		const x = extractArticle('“Run,” the guard shot at the door.', 't.txt');
		expect(x.quotes.map((q) => q.cue)).toEqual([null]);
	});
});

describe('speakers named with roles, initials and suffixes', () => {
	it('reads the name after role words, an appositive comma or "of state"', () => {
		expect(
			who(
				"''We are anxious,'' said another Ostland user, Ana Ruiz.\n\n\"It is within,\" said former secretary of state Dana Holt, who praised it."
			).map((x) => x[1])
		).toEqual(['Ana Ruiz', 'Dana Holt']);
	});
	it('reads initials, "Jr." and "of" a place after a name', () => {
		expect(
			who('"We must be careful," said Sen. Tom P. Alder Jr. of Ostland.').map((x) => x[1])
		).toEqual(['Tom P. Alder Jr.']);
		expect(who('"No," said Ines Varga of Ostland.').map((x) => x[1])).toEqual(['Ines Varga']);
	});
	it("passes over a stray closing mark: \"''We are told,''' Mr. Lin said\"", () => {
		expect(who("''We are told,''' Mr. Lin said.").map((x) => x[1])).toEqual(['Lin']);
	});
});

describe('speakers after datelines, colons and "said, adding"', () => {
	it('goes on from "X said, adding" to the speaker of "said"', () => {
		expect(
			who('Tom Alder will speak this month, Ana Ruiz said, adding that he would “win big.”').map(
				(x) => x[1]
			)
		).toEqual(['Ana Ruiz']);
	});
	it('credits a name right before a colon', () => {
		expect(
			who('VOTERS WANT MORE - Dana Holt: “We found that voters care.”').map((x) => x[1])
		).toEqual(['Dana Holt']);
	});
	it('reads no speaker in a dateline with a date or a title-case place and an agency', () => {
		expect(
			who(
				'LAKESIDE, May 8 (UPI) — Dana Holt rallied supporters, saying: “We have to be ready.”\n\nLakeside (AFP) – Ana Ruiz hit out, saying that “bombastic comments” harm.'
			).map((x) => x[1])
		).toEqual(['Dana Holt', 'Ana Ruiz']);
	});
});

describe('partial quotes with the cue closing the sentence', () => {
	it('credits the cue at the end over the subject at the start', () => {
		expect(
			who('Tom Alder’s plan is “a disgrace” to the city, Ana Ruiz said on Monday.').map((x) => x[1])
		).toEqual(['Ana Ruiz']);
	});
});

describe('speakers asked, appositives after role words, adverbs before participles', () => {
	it('credits the one asking in "X was asked by Y"', () => {
		expect(
			who(
				'Tom Alder was asked by host Ana Ruiz whether it would risk “adding another program.”'
			).map((x) => x[1])
		).toEqual(['Ana Ruiz']);
	});
	it('reads "the economist X, a former adviser, wrote" and "X reportedly yelling"', () => {
		expect(
			who(
				"''We may see growth,'' the economist Dana Holt, a former adviser, wrote.\n\nAt a rally, fans punched a protester, with Tom Alder reportedly yelling: “Get him out!”"
			).map((x) => x[1])
		).toEqual(['Dana Holt', 'Tom Alder']);
	});
	it('reads "laughed" and a party member as cues', () => {
		expect(who('“Not again,” the party member laughed.').map((x) => x[1])).toEqual([
			'party member'
		]);
	});
});

describe('courtesy titles of the clergy', () => {
	it('reads "the Rev. Tom Baker" as a titled person, in one sentence', () => {
		expect(
			who('"The city will never go back," said the Rev. Tom Baker, of the church.').map((x) => x[1])
		).toEqual(['Tom Baker']);
	});
});
