import { wordSet } from './words';

/**
 * Lower-case nouns that describe a person and stand just before a name
 * ("military expert Vyacheslav …", "Soviet leader Lenin", "fruit exporter
 * Sai …") or in an appositive after it (", the secretary of …"). They make
 * the neighbouring capitalised run a person, and they end a stated role.
 * Capitalised, they are no part of a name: occupations that are also common
 * English family names (Baker, Cook, Potter) are left out.
 */
export const ROLE_NOUNS = wordSet(`
  minister ministers president vice-president premier leader leaders chief chiefs head boss
  commander commander-in-chief deputy general general's captain colonel major lieutenant
  brigadier admiral marshal sergeant corporal private soldier officer officers official
  spokesman spokeswoman spokesperson secretary secretary-general director director-general
  chairman chairwoman chairperson chair vice-chair vice-chairman founder co-founder owner
  manager executive ceo president's ambassador envoy diplomat consul attaché attache expert
  analyst researcher scholar academic professor lecturer teacher student author writer novelist
  poet journalist reporter editor correspondent columnist commentator photographer filmmaker
  translator historian economist lawyer attorney barrister judge prosecutor activist campaigner
  organizer organiser protester protestor dissident monk abbot nun pastor priest bishop imam
  resident villager farmer trader exporter importer merchant businessman businesswoman tycoon
  crony billionaire millionaire entrepreneur dictator strongman ruler king queen prince princess
  mayor governor lawmaker legislator parliamentarian mp senator candidate politician
  representative counselor counsellor adviser advisor consultant coordinator negotiator mediator
  member members veteran survivor victim witness relative mother father son daughter wife husband
  brother sister uncle aunt nephew niece grandson granddaughter grandmother grandfather cousin
  colleague friend rival ally prisoner detainee defendant suspect defector deserter fighter
  sniper pilot driver worker doctor nurse physician surgeon artist singer actor actress musician
  comedian model athlete coach player administrator administrator's superintendent inspector
  commissioner ombudsman auditor treasurer clerk staffer aide aide-de-camp bodyguard
  patron sponsor donor planner strategist observer rapporteur medic paramedic volunteer rescuer
  headmaster headmistress principal engineer vendor broker miner fisherman shopkeeper labourer laborer
  conscript recruit fellow operator tailor wholesaler retailer graduate citizen lord warlord kingpin hero
  schoolteacher seismologist scientist geologist saopha sawbwa second-in-command deputy-director speaker mechanic
  designer trainer promoter architect accountant pharmacist midwife electrician programmer boxer referee chef
  jeweller jeweler goldsmith tutor instructor dealer seller housekeeper caretaker librarian photojournalist blogger
`);

/** Verbs right after a run that mark it as a person speaking or acting. */
export const SPEECH_VERBS = wordSet(`
  said says told tells added adds wrote writes stated noted explained argued warned claimed
  urged asked stressed remarked commented insisted replied responded admitted recalled pledged
  promised vowed resigned died smiled laughed testified confirmed denied announced declared
  emphasized emphasised suggested recommended acknowledged complained lamented described
  believes believed thinks thought hopes hoped wants wanted met visited
`);

/**
 * Lower-case words after a run that make it a place, group or thing
 * ("… pro-regime militia", "… village", "… newspaper"): not a person.
 */
export const THING_HEADS = wordSet(`
  village villages town township city district region state area camp road street river bridge
  hill mountain monastery pagoda temple prison jail hospital school market militia group army
  battalion party company firm newspaper magazine journal station airport port dam project zone
  ward quarter range lake island border checkpoint base bases province operation offensive
  agreement pipeline highway railway mine mines field fields plantation factory township's
  forces fighters troops brand airline bank university institute ministry department office
  towns townships cities districts regions states areas camps roads streets rivers
  gate gates crossing crossings zones
`);

/**
 * Goods a capitalised name right before them is a variety or brand of
 * ("Emata rice", "Shan tea"): crops and produce of Myanmar's markets. Only
 * a name with no honorific, prefix or title ("gave Daw Mya rice" gives rice
 * to a person).
 */
export const GOODS_HEADS = wordSet(`
  rice paddy tea coffee beans pulses rubber sugarcane corn maize tobacco cigarettes beer whisky liquor noodles variety varieties
`);

/** Lower-case words after a run that suit a person ("the Thein Sein government"). */
export const PERSON_HEADS = wordSet('government administration era cabinet family regime supporters loyalists');

/** Prepositions that put a run in a place ("in Kyauk Taw", "fled from …"); weak evidence against a person. */
export const PLACE_PREPOSITIONS = wordSet('in at near into across outside inside toward towards via through around from');

/** Nouns that, with "of", put the run after them in a place ("residents of …", "the outskirts of …"). */
export const PLACE_OF_NOUNS = wordSet('residents villagers inhabitants outskirts parts part town village township city district region state north south east west centre center heart capital edge suburbs');


/** Words that end a role phrase read backwards from a name (articles, pronouns, determiners, prepositions and verb particles: "knocked out Karen boxer …", verbs of saying). */
export const ROLE_STOPS = wordSet(`
  the a an this that these those his her its their our my your and or but nor with by from to as at in on
  another each every some any
  for into over under about after before since during when while where which who whom whose said says
  between among against without within through across behind beyond despite toward towards upon via
  like unlike including out up off down
  told tells met meets meet saw according than then also is was are were be been has have had
  will would can could should may might must not no
`);

/** Words in -ed that describe a person's state rather than act as verbs ("detained chief minister"). */
export const ROLE_PARTICIPLES = wordSet(`
  armed detained jailed imprisoned ousted exiled retired elected appointed junta-appointed acting
  renowned self-proclaimed so-called alleged suspected wanted deposed sacked dismissed
`);

/**
 * Words between a role noun and the name after it, in an appositive before
 * the name ("ASEAN's special envoy on Myanmar, …", "The new speaker of the
 * lower house, …"): read backwards, they belong to the role only there.
 */
export const ROLE_COMPLEMENT_LINKS = wordSet('of for on in at to the with from');

/** Adjectives that praise rather than describe a position: no part of a role ("well-known Russia military expert" → "Russia military expert"). */
export const EVALUATIVE_ADJECTIVES = wordSet('well-known renowned prominent famous noted respected celebrated distinguished influential');

/**
 * Verbs that say what a person does as work, in a relative clause or right
 * after the name ("who runs a tea shop in Lashio", "who heads …", "who ruled
 * from 1992 to 2011", "…, 41, runs a network of schools"): English verbs of
 * office, trade and occupation, present and past.
 */
export const OCCUPATION_VERBS = wordSet(`
  runs ran heads headed leads led manages managed owns owned chairs chaired coordinates coordinated
  oversees oversaw sells sold works worked teaches taught commands commanded founded directs directed
  edits edited represents represented ships shipped hires trades traded rules ruled governs governed
  serves served organizes organises organized organised advises advised trains trained treats treated
  supervises supervised operates operated
  sews sewed weaves wove cooks cooked drives drove repairs repaired builds built designs designed farms farmed grows grew
  tailors tailored bakes baked
`);

/** Verbs that link a name to the post it holds ("… is a former army captain", "… becomes chief of …"). */
export const PREDICATE_VERBS = wordSet('is was becomes became remains remained');

/** Words after "and" that begin another clause or description, ending a role ("… and was later sanctioned", "… and paid for her son"). */
export const AND_CLAUSE_STARTS = wordSet(`
  is was are were has had have did does do then now also later still never not paid made took went fled left lost won became
  helped joined former
`);
