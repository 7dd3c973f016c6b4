/** General word lists: speech verbs, titles, organisation words, places, demonyms. */

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Verbs that report speech or a written claim (all inflections listed). */
export const SPEECH_VERBS = set(`
say says said saying tell tells told telling add adds added adding write writes wrote writing written
claim claims claimed claiming state states stated stating declare declares declared declaring
insist insists insisted insisting maintain maintains maintained maintaining argue argues argued arguing
warn warns warned warning note notes noted noting explain explains explained explaining
continue continues continued continuing announce announces announced announcing
report reports reported reporting allege alleges alleged alleging accuse accuses accused accusing
call calls called calling label labels labeled labelled labeling labelling dub dubs dubbed dubbing
describe describes described describing term terms termed brand brands branded
urge urges urged urging protest protests protested protesting reply replies replied replying
respond responds responded responding comment comments commented commenting remark remarks remarked
acknowledge acknowledges acknowledged admit admits admitted concede concedes conceded
stress stresses stressed emphasize emphasizes emphasized emphasise emphasised
suggest suggests suggested predict predicts predicted promise promises promised
ask asks asked asking tweet tweets tweeted post posts posted posting blast blasts blasted
deny denies denied denying charge charges charged vow vows vowed recall recalls recalled
conclude concludes concluded find finds found
cite cites cited citing quote quotes quoted quoting reiterate reiterates reiterated`);

/** Verbs whose object is a label rather than speech ("it dubbed X"). */
export const NAMING_VERBS =
	set(`call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling
labelling term terms termed brand brands branded name names named nickname nicknamed describe describes described`);

/** Verbs that make a figure someone's claim. */
export const CLAIM_VERBS =
	set(`say says said saying tell tells told claim claims claimed claiming state states stated
report reports reported reporting find finds found show shows showed estimate estimates estimated
add adds added write writes wrote note notes noted announce announces announced reveal reveals revealed
count counts counted record records recorded allege alleges alleged put puts insist insists insisted
warn warns warned predict predicts predicted calculate calculates calculated`);

/** Plural or collective nouns that speak as a group ("officials said", "the researchers found"). */
export const GROUP_NOUNS =
	set(`officials researchers analysts experts critics investigators police authorities
residents scientists economists lawmakers legislators prosecutors doctors witnesses protesters activists organisers
organizers campaigners regulators diplomats sources executives employees workers students parents teachers
opponents supporters observers monitors inspectors auditors engineers historians scholars academics lawyers
officers soldiers troops rescuers firefighters paramedics relatives families survivors victims voters`);

/** Titles and role nouns that precede or describe a person. */
export const TITLE_WORDS =
	set(`president vice deputy assistant minister ministers secretary ambassador envoy consul
spokesman spokeswoman spokesperson spokespeople official officials director chief ceo cfo cto coo chairman chairwoman
chair head founder cofounder co-founder professor prof dr mr mrs ms miss sir lord dame judge justice attorney general
lawyer senator sen rep representative congressman congresswoman governor gov mayor premier chancellor king queen prince
princess pope commissioner commander captain lieutenant colonel major sergeant admiral officer analyst expert researcher
scientist economist editor journalist reporter correspondent columnist partner manager executive leader member adviser
advisor aide counsel prosecutor investigator inspector diplomat councillor councilor speaker prime foreign defense defence
senior junior principal lecturer fellow dean provost student engineer
president-elect ex-president former acting general-secretary secretary-general administrator coordinator strategist
economist historian author activist lawmaker legislator mp politician mep predecessor successor colleague deputy campaigner lobbyist consultant owner employee worker vp svp evp`);

/** Role nouns that can stand alone as an anaphor ("the spokesman"). */
export const ROLE_HEADS =
	set(`spokesman spokeswoman spokesperson official minister ambassador envoy president secretary
director chief ceo chairman chairwoman professor prosecutor judge senator governor mayor premier chancellor analyst
expert researcher diplomat commander officer executive lawyer attorney-general adviser advisor aide`);

/** Words that make a capitalised name an organisation. */
export const ORG_WORDS =
	set(`ministry department office center centre agency commission council bureau service
university institute institution corp corporation inc co company companies group bank army navy party court committee
administration association union foundation embassy consulate government police force forces team authority board school
college parliament congress senate house assembly organisation organization federation alliance coalition network
laboratory laboratories lab labs industries technologies technology systems holdings ltd llc plc ag sa gmbh
enterprises telecom communications airlines motors electric steel energy partners capital fund trust society academy
cabinet secretariat directorate command coordination taskforce task unit commission`);

/** Words that make a capitalised name a media outlet. */
export const MEDIA_WORDS =
	set(`news daily times post journal herald tribune press radio tv television magazine gazette
telegraph observer chronicle broadcasting broadcaster wire newswire newspaper review weekly today express mail`);

/** Document nouns grouped so that "the post" can refer back to "a posting". */
export const DOC_NOUNS: Record<string, string> = {
	report: 'report',
	reports: 'report',
	study: 'report',
	survey: 'report',
	paper: 'report',
	post: 'post',
	posting: 'post',
	blog: 'post',
	tweet: 'post',
	statement: 'statement',
	document: 'statement',
	communique: 'statement',
	declaration: 'statement',
	release: 'statement',
	article: 'article',
	editorial: 'article',
	commentary: 'article',
	story: 'article',
	column: 'article',
	op: 'article',
	letter: 'letter',
	email: 'letter',
	'e-mail': 'letter',
	memo: 'letter',
	indictment: 'indictment',
	complaint: 'indictment',
	filing: 'indictment',
	lawsuit: 'indictment',
	ruling: 'indictment',
	book: 'book',
	ordinance: 'law',
	law: 'law',
	regulation: 'law',
	regulations: 'law',
	decree: 'law',
	directive: 'law',
	guidance: 'law',
	bill: 'law',
	records: 'data',
	data: 'data',
	figures: 'data',
	statistics: 'data'
};

/** Organisation head nouns usable as anaphors ("the ministry", "the center"). */
export const ORG_ANAPHORS =
	set(`ministry department office center centre agency commission council bureau service
university institute company firm group bank army court committee administration association union embassy
government authority board team network newspaper agency outlet broadcaster vendor giant maker manufacturer
regulator watchdog channel station council party campaign charity organisation organization`);

/** Country or bloc keys by the words that name them, their demonyms and capitals. */
export const PLACES: Record<string, string> = {
	china: 'china',
	"china's": 'china',
	chinese: 'china',
	beijing: 'china',
	prc: 'china',
	sino: 'china',
	us: 'us',
	'u.s.': 'us',
	'u.s': 'us',
	usa: 'us',
	america: 'us',
	american: 'us',
	americans: 'us',
	washington: 'us',
	'united states': 'us',
	russia: 'russia',
	russian: 'russia',
	moscow: 'russia',
	kremlin: 'russia',
	uk: 'uk',
	'u.k.': 'uk',
	britain: 'uk',
	british: 'uk',
	london: 'uk',
	'united kingdom': 'uk',
	japan: 'japan',
	japanese: 'japan',
	tokyo: 'japan',
	india: 'india',
	indian: 'india',
	'new delhi': 'india',
	france: 'france',
	french: 'france',
	paris: 'france',
	germany: 'germany',
	german: 'germany',
	berlin: 'germany',
	taiwan: 'taiwan',
	taiwanese: 'taiwan',
	taipei: 'taiwan',
	korea: 'korea',
	korean: 'korea',
	seoul: 'korea',
	pyongyang: 'korea',
	iran: 'iran',
	iranian: 'iran',
	tehran: 'iran',
	israel: 'israel',
	israeli: 'israel',
	ukraine: 'ukraine',
	ukrainian: 'ukraine',
	kyiv: 'ukraine',
	canada: 'canada',
	canadian: 'canada',
	ottawa: 'canada',
	australia: 'australia',
	australian: 'australia',
	canberra: 'australia',
	eu: 'eu',
	european: 'eu',
	brussels: 'eu',
	nigeria: 'nigeria',
	'south korea': 'korea',
	'north korea': 'korea',
	'hong kong': 'china',
	'new zealand': 'new zealand',
	'saudi arabia': 'saudi arabia',
	'south africa': 'south africa',
	'new york': 'us',
	'white house': 'us',
	nigerian: 'nigeria'
};

/** Capitals and seats of government that stand for a government as a speaker. */
export const CAPITALS =
	set(`beijing washington moscow kremlin london tokyo paris berlin taipei seoul pyongyang tehran
kyiv ottawa canberra brussels delhi`);

/** U.S. state names and abbreviations, which mark a place as American. */
export const US_STATES =
	set(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin
wyoming calif. calif ala. ariz. ark. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo.
mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo.`);

/** Abbreviations that do not end a sentence. */
export const ABBREVIATIONS =
	set(`mr mrs ms dr prof sr jr st mt ft inc corp co ltd llc plc bros gov sen rep gen col
lt sgt capt adm cmdr maj no nos vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec
calif ala ariz ark colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex vt
va wash wis wyo e.g i.e a.m p.m`);

/** Capitalised words that begin sentences or headlines but are not names. */
export const CAP_STOP =
	set(`the a an this that these those it its he she they we i you his her their our my your
in on at by for from to of with without after before during since until while when where why how what which who whom
and but or nor so yet if then also however meanwhile still besides instead indeed moreover furthermore though although
as because despite according last next this first second third new former some many most all both each every no
not one two three four five six seven eight nine ten there here today yesterday tomorrow monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october november december
mr mrs ms dr such other another more less few several much even just only over under about into onto upon against
between among within through across beyond around near far up down out off again further once now never always`);

/** Spelled-out numbers. */
export const NUMBER_WORDS: Record<string, number> = {
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	dozen: 12,
	dozens: 12
};

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

export const TIME_UNITS =
	set(`second seconds minute minutes hour hours day days week weeks month months year years
decade decades century centuries`);

/** Capitalised nouns after which a number is an identifier, not a figure. */
export const IDENTIFIER_NOUNS =
	set(`unit article section chapter clause paragraph room flight route highway item rule
resolution amendment version model grade level phase title act part page vol volume no number case docket bill
exhibit appendix annex platform gate lane building floor apartment suite box channel episode season round stage block
sector zone district ward precinct squadron regiment division brigade battalion corps fleet wing group team cve`);

export const MONTHS: Record<string, number> = {
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sep: 9,
	sept: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12
};

export const PRONOUNS_PERSON = set(`he she him her`);
export const PRONOUNS_THING = set(`it they`);
