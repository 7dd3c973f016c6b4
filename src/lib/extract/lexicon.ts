/** General word lists: speech verbs, titles, organisation words, places, demonyms. */

export const set = (s: string): Set<string> => new Set(s.match(/\S+/g));

/**
 * Verb forms from stems: "claim" gives claim, claims, claimed, claiming; "say/said" gives the past
 * (more forms after commas); a trailing "+" doubles the last consonant (dub+ → dubbed, dubbing).
 */
function verbs(spec: string): Set<string> {
	const out = new Set<string>();
	for (const item of spec.match(/\S+/g)!) {
		const [head, past] = item.split('/') as [string, string | undefined];
		const dbl = head.endsWith('+');
		const stem = dbl ? head.slice(0, -1) : head;
		const base = dbl ? stem + stem.at(-1) : stem;
		const cy = /[^aeiou]y$/.test(stem);
		const third = /(?:s|sh|ch|x|z)$/.test(stem)
			? stem + 'es'
			: cy
				? stem.slice(0, -1) + 'ies'
				: stem + 's';
		const pasts = past
			? past.split(',')
			: [/e$/.test(stem) ? stem + 'd' : cy ? stem.slice(0, -1) + 'ied' : base + 'ed'];
		const ing = /[^e]e$/.test(stem) ? stem.slice(0, -1) + 'ing' : base + 'ing';
		for (const f of [stem, third, ing, ...pasts]) out.add(f);
	}
	return out;
}

/** A lookup table with no prototype: a word such as "constructor" finds nothing in it. */
function lookup<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
	return Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));
}

/** "value:key key|value:key" → { key: value }; "_" stands for a space inside a key. */
export function table(spec: string): Record<string, string> {
	const out: Record<string, string> = lookup<string>([]);
	for (const group of spec.split('|')) {
		const [value, keys] = group.split(':') as [string, string];
		for (const k of keys.split(' ')) out[k.replace(/_/g, ' ')] = value;
	}
	return out;
}

/** Verbs that report speech or a written claim (all inflections listed). */
export const SPEECH_VERBS = verbs(
	`say/said tell/told add write/wrote,written claim state declare insist maintain ` +
		`argue warn note explain continue announce report allege accuse call label/labeled,labelled,labelling dub+ describe term ` +
		`brand urge protest reply respond comment remark acknowledge admit+ concede stress emphasize emphasise suggest predict ` +
		`promise ask tweet post blast deny charge vow recall conclude find/found cite quote reiterate read/read blame ` +
		`remember recount observe joke quip+ fume muse boast scoff complain lament shout yell testify assert contend counter ` +
		`retort caution confirm exclaim proclaim pledge plead/pleaded,pled interject confide grumble mutter rebut+ retweet ` +
		`email text demand chant sing/sang,sung cry/cried whisper scream holler bellow chide scold snap+ sneer opine gush ` +
		`marvel wonder/wondered bark snarl thunder taunt interrupt answer agree react assure exhort retaliate laugh sigh ` +
		`beam press`
);

/** Verbs that report speech only with their particle: "shot back", "pointed out", "chimed in". */
export const PHRASAL_SPEECH_VERBS: Record<string, string> = Object.fromEntries([
	...[...verbs('shoot/shot fire hit/hit hit+ lash strike/struck')].map((f) => [f, 'back']),
	...[...verbs('point lash speak/spoke')].map((f) => [f, 'out']),
	...[...verbs('chime weigh')].map((f) => [f, 'in'])
]);

/** Verbs whose object is a label rather than speech ("it dubbed X"). */
export const NAMING_VERBS = verbs(
	`call label/labeled,labelled,labelling dub+ describe term brand name nickname`
);

/** Verbs that make a figure someone's claim. */
export const CLAIM_VERBS = verbs(
	`say/said tell/told add write/wrote claim state insist warn note announce report allege ` +
		`find/found predict show/showed,shown estimate reveal count record put+/put calculate`
);

/** Plural or collective nouns that speak as a group ("officials said", "the researchers found"). */
export const GROUP_NOUNS = set(
	`academics activists analysts auditors authorities bosses campaigners colleagues consumers ` +
		`critics customers diplomats doctors economists employees engineers executives experts families ` +
		`firefighters historians inspectors investigators lawmakers lawyers legislators managers monitors ` +
		`neighbors neighbours observers officers officials opponents organisers organizers paramedics ` +
		`parents participants police prosecutors protesters readers regulators relatives rescuers ` +
		`researchers residents respondents scholars scientists shareholders soldiers sources students ` +
		`supporters survivors teachers troops victims viewers voters witnesses workers`
);

/** Words both of titles before a name and of role phrases ("the spokesman"): written once for both lists. */
const TITLES_AND_ROLES =
	`spokesman spokeswoman spokesperson official minister ambassador envoy president secretary ` +
	`director chief ceo chairman chairwoman professor prosecutor judge senator governor mayor ` +
	`premier chancellor analyst expert researcher diplomat commander officer executive lawyer ` +
	`adviser advisor aide representative strategist employee lawmaker legislator congressman ` +
	`congresswoman founder owner manager activist historian economist scientist columnist author ` +
	`reporter correspondent editor teacher rabbi imam sheriff detective commissioner councilman ` +
	`councilwoman administrator consultant member `;

/** Titles and role nouns that precede or describe a person. */
export const TITLE_WORDS = set(
	TITLES_AND_ROLES +
		`vice deputy assistant ministers consul spokespeople officials cfo cto coo rev reverend chair ` +
		`head cofounder co-founder prof dr mr mrs ms miss sir lord dame justice attorney general sen ` +
		`rep gov king queen prince princess pope captain lieutenant colonel major sergeant admiral ` +
		`journalist partner leader counsel investigator inspector councillor councilor speaker prime ` +
		`foreign defense defence senior junior principal lecturer fellow dean provost student ` +
		`engineer anchor presenter host coach trooper superintendent chaplain councilmember alderman ` +
		`alderwoman president-elect ex-president former acting general-secretary secretary-general ` +
		`coordinator republican democrat conservative labour tory mp politician mep predecessor ` +
		`successor colleague campaigner lobbyist worker vp svp evp`
);

/** Role nouns that can stand alone as an anaphor ("the spokesman"). */
export const ROLE_HEADS = set(
	TITLES_AND_ROLES +
		`attorney-general source narrator announcer moderator questioner interviewer pollster staffer ` +
		`backer delegate commentator investor entrepreneur banker doctor physician pastor priest ` +
		`bishop treasurer operative person`
);

/** Organisation words that also stand alone for one ("the ministry"): written once for both lists. */
const ORG_NOUNS =
	`ministry department office center centre agency commission council bureau service university ` +
	`institute company group bank army party court committee administration association union ` +
	`embassy government team authority board organisation organization network regulator `;

/** Words that make a capitalised name an organisation. */
export const ORG_WORDS = set(
	ORG_NOUNS +
		`institution corp corporation inc co companies navy foundation consulate police force forces ` +
		`school college parliament congress senate house assembly federation alliance coalition ` +
		`laboratory laboratories lab labs industries technologies technology systems holdings ltd llc ` +
		`plc ag sa gmbh enterprises telecom communications airlines motors electric steel energy ` +
		`partners capital fund trust society academy cabinet secretariat directorate command ` +
		`coordination taskforce task unit`
);

/** Words that make a capitalised name a media outlet. */
export const MEDIA_WORDS = set(
	`news daily times post journal herald tribune press radio tv television magazine gazette ` +
		`telegraph observer chronicle broadcasting broadcaster wire newswire newspaper review weekly today express mail`
);

/** Document nouns grouped so that "the post" can refer back to "a posting". */
export const DOC_NOUNS: Record<string, string> = table(
	'report:report reports study survey poll paper|post:post posting blog tweet|statement:statement document communique declaration release|article:article editorial commentary story column op|letter:letter email e-mail memo|indictment:indictment complaint filing lawsuit ruling|book:book|ad:ad ads advert advertisement commercial spot clip video|law:ordinance law regulation regulations decree directive guidance bill|data:records data figures'
);

/** Organisation head nouns usable as anaphors ("the ministry", "the center"). */
export const ORG_ANAPHORS = set(
	ORG_NOUNS +
		`firm newspaper outlet broadcaster vendor giant maker manufacturer watchdog channel station ` +
		`campaign charity airline studio retailer insurer automaker carmaker chipmaker publisher ` +
		`startup utility operator hospital lender district daily tabloid broadsheet weekly magazine ` +
		`publication newsroom`
);

/** Country or bloc keys by the words that name them, their demonyms and capitals. */
export const PLACES: Record<string, string> = table(
	"china:china china's chinese beijing prc sino hong_kong|us:us u.s. u.s usa america american americans washington united_states new_york white_house|russia:russia russian moscow kremlin|uk:uk u.k. britain british london united_kingdom|japan:japan japanese tokyo|india:india indian new_delhi|france:france french paris|germany:germany german berlin|taiwan:taiwan taiwanese taipei|korea:korea korean seoul pyongyang south_korea north_korea|iran:iran iranian tehran|israel:israel israeli|ukraine:ukraine ukrainian kyiv|canada:canada canadian ottawa|australia:australia australian canberra|eu:eu european brussels|nigeria:nigeria|new zealand:new_zealand|saudi arabia:saudi_arabia|south africa:south_africa"
);

/** Capitals and seats of government that stand for a government as a speaker. */
export const CAPITALS = set(
	`beijing washington moscow kremlin london tokyo paris berlin taipei seoul pyongyang tehran ` +
		`kyiv ottawa canberra brussels delhi`
);

/** U.S. state abbreviations ("Calif."), which mark a place and do not end a sentence. */
export const US_STATES = set(
	`calif. calif ala. ariz. ark. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo.`
);

/** Abbreviations that do not end a sentence. */
export const ABBREVIATIONS = set(
	`mr mrs ms dr prof sr jr st mt ft inc corp co ltd llc plc bros gov sen rep gen col ` +
		`lt sgt capt adm cmdr maj no nos vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e a.m p.m`
);

/** Capitalised words that begin sentences or headlines but are not names. */
export const CAP_STOP = set(
	`the a an this that these those it its he she they we i you his her their our my your ` +
		`in on at by for from to of with without after before during since until while when where why how what which who whom ` +
		`and but or nor so yet if then also however meanwhile still besides instead indeed moreover furthermore though although ` +
		`as because despite according last next first second third new former some many most all both each every no ` +
		`not one two three four five six seven eight nine ten there here today yesterday tomorrow monday tuesday wednesday ` +
		`thursday friday saturday sunday january february march april may june july august september october november december ` +
		`mr mrs ms dr such other another more less few several much even just only over under about into onto upon against ` +
		`between among within through across beyond around near far up down out off again further once now never always`
);

/** Spelled-out numbers. */
export const NUMBER_WORDS: Record<string, number> = lookup([
	...'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
		.split(' ')
		.map((w, k) => [w, k + 2] as [string, number]),
	...'thirty forty fifty sixty seventy eighty ninety'
		.split(' ')
		.map((w, k) => [w, 30 + 10 * k] as [string, number]),
	['hundred', 100],
	['dozen', 12],
	['dozens', 12]
]);

export const SCALE_WORDS: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
	mn: 1e6,
	m: 1e6,
	bn: 1e9,
	k: 1e3,
	tn: 1e12
};

export const FRACTION_WORDS: Record<string, number> = {
	half: 0.5,
	third: 1 / 3,
	thirds: 1 / 3,
	quarter: 0.25,
	quarters: 0.25,
	fifth: 0.2,
	fifths: 0.2,
	tenth: 0.1,
	tenths: 0.1
};

export const TIME_UNITS = set(
	`second seconds minute minutes hour hours day days week weeks month months year years ` +
		`decade decades century centuries`
);

/** Capitalised nouns after which a number is an identifier, not a figure. */
export const IDENTIFIER_NOUNS = set(
	`unit article section chapter clause paragraph room flight route highway item rule ` +
		`resolution amendment version model grade level phase title act part page vol volume no number case docket bill ` +
		`exhibit appendix annex platform gate lane building floor apartment suite box channel episode season round stage block ` +
		`sector zone district ward precinct squadron regiment division brigade battalion corps fleet wing group team cve`
);

export const MONTHS: Record<string, number> = lookup(
	'january february march april may june july august september october november december'
		.split(' ')
		.flatMap(
			(m, k) =>
				[
					[m, k + 1],
					[m.slice(0, 3), k + 1]
				] as [string, number][]
		)
		.concat([['sept', 9]])
);
