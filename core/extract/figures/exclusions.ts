import { startsSentence, type AnalysedParagraph } from '../analyse';
import { MONTH_ABBREVIATIONS, MONTHS } from '../tables/calendar';
import { COMMON_WORDS } from '../tables/common-words';
import { ORG_HEADS } from '../tables/organisations';
import { PEOPLES } from '../tables/peoples';
import { MEASURE_UNITS, PERCENT_WORDS } from '../tables/units';
import { wordSet } from '../tables/words';
import { isLetters, isPossessive, startsWithNumber, type Token } from '../tokens';
import { NAMED_PLURALS } from './counted';
import { currencyBefore, currencyOfWord } from './money';
import { isDigits, lowerAt, NUMBER_WORDS, parseDecimal, type NumberRead } from './numbers';

/**
 * Numbers that are no figures (facts-spec.md, "Key figures"): years, dates,
 * times of day, ordinals, phone numbers, identifiers and numbers inside names
 * ("Division 55", "Route 3"), proportions ("one in four"), and units that
 * name a thing rather than measure it (mile-post places, weapon calibres).
 */

/** A bare four-digit number in this range is a year ("in 2013", "since 2011"); facts-spec.md: years are never figures. */
const YEARS = { from: 1800, to: 2100 };

/** Words after a number that make it a time of day ("4 a.m.", "10 o'clock", "0600 hrs", "1500 MMT": Myanmar time, as the site writes it). */
const TIME_OF_DAY = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'o’clock', 'hrs', 'gmt', 'utc', 'mmt']);

/** Suffixes glued to digits that make an English ordinal or a decade ("6th", "1990s"). */
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 's']);

/** Nouns before a number that make it an identifier ("page 5", "No. 2", "Route 3", "Light Infantry Division 55"): laws, roads and military units as Myanmar news numbers them. */
const IDENTIFIER_NOUNS = wordSet(`
  no nos number page pages article articles section sections chapter clause paragraph item route highway gate ward block
  level phase grade class room platform flight bus line lane road street division battalion regiment brigade column unit
  units camp battery squadron fleet region command corps operation model type version ron tel phone hotline ext
`);

/** A group of digits just before a number that makes both one phone number: digits, or a leading zero and hyphens ("067-412 356"). */
const PHONE_GROUP = /^(?:\d+|0\d*(?:-\d+)+)$/;

/** Words that link the numbers of a list ("Military Operation Command Centers 14, 16 and 12"): after an identifier, the list's numbers are identifiers too. */
const LIST_LINKS = new Set(['to', '-', '–', 'and', 'or', ',', '&']);

/**
 * Units that name a thing when a noun of theirs follows, and then measure
 * nothing: places in Myanmar are named by the mile post they stand at ("the
 * 105-mile border trade gate" at Muse, a "7-mile camp"; a gate or a camp has
 * no length, a road does), and weapons by their calibre ("120mm mortars").
 */
/** Words after a unit that make it measure a distance or a size, not name a place ("east of", "from", "long"): English usage. */
const MEASURING_WORDS = wordSet('of from to away east west north south northeast northwest southeast southwest up down along across beyond inside outside long wide high deep');

const NAMING_UNITS: Record<string, ReadonlySet<string>> = {
  miles: wordSet('gate gates zone camp camps village market junction checkpoint station town ward quarter'),
  mm: wordSet('mortar mortars howitzer howitzers gun guns cannon cannons rifle rifles artillery shell shells rocket rockets round rounds ammunition launcher launchers'),
};

/** A number read as a bare year would be written, in YEARS. */
export function isYear(read: Pick<NumberRead, 'yearLike' | 'value'>): boolean {
  return read.yearLike && read.value >= YEARS.from && read.value <= YEARS.to;
}

/** A month's name or abbreviation (before a day: "May 17", "Feb. 24"). */
export function isMonth(key: string): boolean {
  return MONTHS.has(key) || MONTH_ABBREVIATIONS.has(key);
}

/** A word that makes the number before it a time of day. */
export function isTimeOfDay(word: string): boolean {
  return TIME_OF_DAY.has(word);
}

/** A suffix that makes the digits it is glued to an ordinal or a decade. */
export function isOrdinalSuffix(suffix: string): boolean {
  return ORDINAL_SUFFIXES.has(suffix);
}

/** Digits with a leading zero: a phone number ("09-451234567"), never an amount. */
export function hasLeadingZero(digits: string): boolean {
  return /^0\d/.test(digits);
}

/** Why the number is not a figure: a date, time, year, identifier, phone number or proportion; null if it may be one. */
export function exclusion(p: AnalysedParagraph, read: NumberRead): 'date' | 'time' | 'year' | 'identifier' | 'phone' | 'ratio' | null {
  const t = p.tokens;
  const prevIndex = t[read.from - 1]?.text === '.' ? read.from - 2 : read.from - 1;
  const prev = t[prevIndex];
  const prevKey = prev ? prev.key : '';
  const next = t[read.to + 1];
  const nextKey = lowerAt(t, read.to + 1);
  if (prev && isMonth(prevKey)) return 'date';
  if (next && MONTHS.has(nextKey)) return 'date';
  if (isTimeOfDay(nextKey) || (nextKey === ':' && /^\d/.test(t[read.to + 2]?.text ?? ''))) return 'time';
  if (t[read.from - 1]?.text === ':' && /^\d/.test(t[read.from - 2]?.text ?? '')) return 'time'; // "10:15"
  // "one in four voters", "1 in 3 children": a proportion, which counts neither number of things.
  if (!read.multiplied && ((prevKey === 'in' && isProportion(t, prevIndex - 1, read.from)) || (nextKey === 'in' && isProportion(t, read.from, read.to + 2)))) return 'ratio';
  if (namesOrganisation(t, read.to + 1)) return 'identifier';
  if (read.spelled) return null;
  const digits = t[read.from].text;
  // "09-451234567", "+95 9 451 234 567": a leading zero or plus, or groups of digits in a row.
  if (hasLeadingZero(digits) || t[read.from - 1]?.text === '+' || /^\d+$/.test(t[read.to + 1]?.text ?? '') || PHONE_GROUP.test(t[read.from - 1]?.text ?? '')) return 'phone';
  if (isYear(read) && !unitAfter(t, read.to + 1)) return 'year';
  if (nextKey === '(' && /^[a-z]$/i.test(t[read.to + 2]?.text ?? '') && t[read.to + 3]?.text === ')') return 'identifier';
  // A sub-number of a law, "Section 13(1)", or an argument in code quoted in the text, "alert(1)": a bracket glued to a word or number just before, closed just after.
  const open = t[read.from - 1];
  const glued = t[read.from - 2];
  if (open?.text === '(' && glued?.end === open.start && (isLetters(glued.text) || isDigits(glued.text)) && nextKey === ')') return 'identifier';
  if (!prev || currencyBefore(t, read.from)) return null;
  if (IDENTIFIER_NOUNS.has(prevKey)) return 'identifier';
  // "Route 3", "Battalion 52": a capitalised word names the number, unless a unit says it measures ("in Dubai 150,000 rupees").
  if (prev.cap && !isPossessive(prev.text) && prevIndex === read.from - 1 && !unitAfter(t, read.to + 1)) {
    const opener = startsSentence(p, prevIndex) && !ORG_HEADS.has(prevKey);
    if (!opener && !COMMON_WORDS.has(prevKey)) return 'identifier';
  }
  return null;
}

/**
 * Whether the unit names the thing one of the few words from k on stands
 * for: "105-mile gate", "the 105-mile border trade gate", "60mm mortars".
 * A word that places or measures ("25 miles east of Mindat town", "18
 * miles north of …") ends the search: then the unit measures a distance.
 */
export function unitNamesThing(unit: string, t: Token[], k: number): boolean {
  const nouns = NAMING_UNITS[unit];
  if (!nouns) return false;
  for (let i = k; i < k + 4 && t[i]?.letter && !MEASURING_WORDS.has(t[i].key); i++) if (nouns.has(t[i].key)) return true;
  return false;
}

/**
 * A number at the head of an organisation's name ("Three Brotherhood
 * Alliance", "Eleven Media Group"): two or more capitalised words after it
 * end in an organisation's head word, in the singular ("three Light Infantry
 * Divisions" counts divisions).
 */
function namesOrganisation(t: Token[], k: number): boolean {
  if (!t[k]?.cap || PEOPLES.has(t[k].key)) return false;
  let last = k;
  while (last < k + 4 && t[last + 1]?.cap) last++;
  return last > k && ORG_HEADS.has(t[last].key) && !NAMED_PLURALS.has(t[last].key);
}

/**
 * Token index after an identifier's list ("Operation Centers 14, 16 and 12",
 * "Aug. 12 and 13"): numbers up to there are identifiers too. A comma after
 * a year ends the date ("since February 2021, 11 have been deported").
 */
export function listContinuation(t: Token[], at: number): number {
  const link = t[at + 1]?.text ?? '';
  if (link === ',' && /^\d{4}$/.test(t[at]?.text ?? '')) return -1;
  return LIST_LINKS.has(link) && startsWithNumber(t[at + 2]?.text ?? '') ? at + 2 : -1;
}

/**
 * "one in four", "9 in 10": the tokens at x and y are plain numbers, the
 * first the smaller ("killed 20 in three days" is no proportion), neither a
 * year ("$5 billion in 2014") nor the day of a date ("on Dec. 28 in 102
 * townships").
 */
function isProportion(t: Token[], x: number, y: number): boolean {
  const a = plainValue(t, x);
  const b = plainValue(t, y);
  return a !== null && b !== null && a < b;
}

function plainValue(t: Token[], k: number): number | null {
  const token = t[k];
  if (!token) return null;
  const before = t[k - 1]?.text === '.' ? t[k - 2] : t[k - 1];
  if (before && isMonth(before.key)) return null;
  if (token.key in NUMBER_WORDS) return NUMBER_WORDS[token.key];
  return isDigits(token.text) && !/^\d{4}$/.test(token.text) ? parseDecimal(token.text) : null;
}

/** A currency, percent or measure word at token k (what makes "2000 kyats" not a year). */
export function unitAfter(t: Token[], k: number): boolean {
  const key = lowerAt(t, k);
  return currencyOfWord(key) !== undefined || PERCENT_WORDS.has(key) || key in MEASURE_UNITS;
}
