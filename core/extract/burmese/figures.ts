import type { AnalysedParagraph } from '../analyse';
import { isYear } from '../figures/exclusions';
import type { Found, Reading } from '../figures/found';
import { isDigits, numeralRead, parseDecimal, type NumberRead } from '../figures/numbers';
import { lookup } from '../tables/lookup';
import { BURMESE_DIGIT_ZERO, isBurmeseDigit, isDigit, type Token } from '../tokens';
import type { FigureKind } from '../types';
import { CLAUSE_ENDINGS, NAME_ENDINGS, onlyParticlesFrom, PARTICLE_LIKE_NOUNS, QUALIFIERS } from './particles';
import { spelledNumberAt, type SpelledNumber } from './number-words';
import { count, isBurmeseToken, slice, SyllableTable, syllablesOf, words, type Syllables } from './syllables';

/**
 * Figures in Burmese text (facts-spec.md, "Key figures", as the Burmese
 * edition writes them). Burmese puts the counted noun, the currency or the
 * unit BEFORE the number and a classifier after it: "ကျေးရွာ ၉ ရွာ" (9
 * villages), "ကျပ် ၁၃၅,၀၀၀" (135,000 kyats), "မိုင် ၂၀" (20 miles),
 * "ကလေး ၃ ဦး" (3 children); large numbers are written with a word for the
 * power of ten, after the number or before it ("ကျပ် ၇၈ သိန်း" and
 * "ကျပ် သိန်း ၇၈" are both 78 lakh kyats); ဒသမ is the decimal point. The
 * words around the number are read by syllables (./syllables.ts), since
 * particles are written joined to them ("ရာခိုင်နှုန်းခန့်မှာ").
 *
 * Tables: the units and counting words of Burmese news writing; the
 * classifiers are those of Burmese grammars (ဦး and ယောက် for people, ခု for
 * things, စင်း for vehicles, လက် for guns …).
 */

/** Currencies written before the number (or after it), joined to the nationality that qualifies them ("ထိုင်းဘတ်", "အမေရိကန်ဒေါ်လာ"): ISO 4217 codes. */
const CURRENCIES = new SyllableTable<string>(lookup({
  'ကျပ်': 'MMK', 'ဒေါ်လာ': 'USD', 'ဘတ်': 'THB', 'ယွမ်': 'CNY', 'ယန်း': 'JPY', 'ယူရို': 'EUR', 'ရူပီး': 'INR',
  'ဝမ်': 'KRW', 'ရင်းဂစ်': 'MYR', 'တာကာ': 'BDT', 'ရူဘယ်': 'RUB', 'စင်္ကာပူဒေါ်လာ': 'SGD', 'ဟောင်ကောင်ဒေါ်လာ': 'HKD',
  'သြစတြေးလျဒေါ်လာ': 'AUD',
}));

/** Words for powers of ten (Burmese counts in lakhs and crores): after the number, or before it ("သိန်း ၃၀" is 30 lakh). */
const MULTIPLIERS = new SyllableTable<number>(lookup({
  'ဆယ်': 10, 'ရာ': 100, 'ထောင်': 1e3, 'သောင်း': 1e4, 'သိန်း': 1e5, 'သန်း': 1e6, 'ကုဋေ': 1e7, 'ဘီလီယံ': 1e9, 'ဘီလျံ': 1e9,
  'ထရီလီယံ': 1e12,
}));
/** Only the large ones are written before the number ("သိန်း ၃၀"; never "ရာ ၃၀"). */
const MIN_MULTIPLIER_BEFORE = 1e3;

/** The word for the decimal point between two groups of digits ("၇ ဒသမ ၄" is 7.4). */
const DECIMAL_POINT = 'ဒသမ';

/** Percent: "၇၀ ရာခိုင်နှုန်း". */
const PERCENT = new SyllableTable(['ရာခိုင်နှုန်း']);

/** Units of measure, before or after the number, with the unit reported (as the English reader reports it). */
const MEASURES = new SyllableTable<string>(lookup({
  'ပေ': 'feet', 'လက်မ': 'inches', 'မိုင်': 'miles', 'ကီလိုမီတာ': 'km', 'မီတာ': 'm', 'စင်တီမီတာ': 'cm', 'မီလီမီတာ': 'mm',
  'ဧက': 'acres', 'ဟက်တာ': 'hectares', 'တန်': 'tons', 'ကီလိုဂရမ်': 'kg', 'ကီလို': 'kg', 'ဂရမ်': 'grams',
  'ကျပ်သား': 'ticals', 'ပိဿာ': 'viss', 'ဂါလံ': 'gallons', 'လီတာ': 'liters', 'တင်း': 'baskets',
  'မဂ္ဂါဝပ်': 'MW', 'ကီလိုဝပ်': 'kW', 'ဂီဂါဝပ်': 'GW', 'ကီလိုဗို့': 'kV', 'စတုရန်းမိုင်': 'sq miles',
  'စတုရန်းကီလိုမီတာ': 'sq km', 'စတုရန်းပေ': 'sq feet', 'ဒီဂရီ': 'degrees', 'ဘယ်ရယ်': 'barrels',
}));

/** Lengths of time after the number ("၂ နှစ်", "၃ လ", "၂၄ နာရီ"). */
const DURATIONS = new SyllableTable<string>(lookup({
  'နှစ်': 'years', 'လ': 'months', 'ရက်': 'days', 'ပတ်': 'weeks', 'နာရီ': 'hours', 'မိနစ်': 'minutes',
  'ရာစု': 'centuries', 'ဆယ်စုနှစ်': 'decades',
}));
/** Lengths of time written before the number ("ရက် ၆၀"). */
const DURATIONS_BEFORE = new SyllableTable<string>(lookup({ 'ရက်': 'days', 'နှစ်': 'years' }));
/** Age, before the number: "အသက် ၇၀" is 70 years old. */
const AGE = new SyllableTable<string>(lookup({ 'အသက်': 'years' }));

/**
 * Classifiers after a number of people or things (the noun before them is
 * what is counted): people (ဦး, ယောက်; monks ပါး), things (ခု), vehicles,
 * boats and aircraft (စင်း, စီး), guns (လက်), animals (ကောင်), round things
 * and bombs (လုံး), buildings (ဆောင်, လုံး), shots (ချက်), occasions (ကြိမ်),
 * groups and households (ဖွဲ့, စု), copies (စောင်), garments (ထည်).
 */
const CLASSIFIERS = new SyllableTable(words('ဦး ယောက် ပါး ခု စင်း စီး လက် ကောင် လုံး ဆောင် ချက် ကြိမ် ဖွဲ့ စု စောင် ထည် ခွက် အိတ်'));

/** Month names, Gregorian and Burmese, and the waxing and waning halves: a number next to one is a date ("ဇွန် ၁၈", "လဆန်း ၅ ရက်"). */
const MONTHS = new SyllableTable(words(`
  ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် သြဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ
  တန်ခူး ကဆုန် နယုန် ဝါဆို ဝါခေါင် တော်သလင်း သီတင်းကျွတ် တန်ဆောင်မုန်း နတ်တော် ပြာသို တပို့တွဲ တပေါင်း
  လဆန်း လဆုတ် လပြည့် လပြည့်ကျော်
`));
/** The month word "လ" after a month's name ("ဇွန်လ"). */
const MONTH_SUFFIX = 'လ';
/** After a number: a year ("၂၀၂၁ ခုနှစ်"), a day of the month ("၁၃ ရက်နေ့"). */
const YEAR_AFTER = new SyllableTable(['ခုနှစ်']);
const DAY_AFTER = new SyllableTable(['ရက်နေ့']);
/** After "N ရက်": the particles that make it a day of the month ("၁၃ ရက်တွင်" on the 13th), not a number of days. */
const DATE_PARTICLES = new SyllableTable(words('တွင် က ၌ မှာ နေ့ မှ'));
/** Words before a year of the Burmese era ("ကောဇာ ၁၃၈၆", "သက္ကရာဇ် ၁၃၈၆"). */
const ERA_WORDS = new SyllableTable(words('ကောဇာ သက္ကရာဇ် ခရစ်နှစ်'));

/** Parts of the day before "N နာရီ": a time of day ("နံနက် ၆ နာရီ" is 6 a.m.). */
const TIMES_OF_DAY = new SyllableTable(words('နံနက် မနက် ညနေ ည နေ့လယ် မွန်းတည့် မွန်းလွဲ ညသန်းခေါင် နံနက်ပိုင်း မနက်ပိုင်း ညနေပိုင်း ညပိုင်း'));
/** After "N နာရီ": "at" (a time of day, "၄ နာရီတွင်"), as against "within" (a duration). */
const AT_PARTICLES = new SyllableTable(words('တွင် ၌ က မှာ ခန့်တွင် လောက်မှာ'));

/**
 * Nouns before a number that make it an identifier: sections of a law
 * (ပုဒ်မ ၅၀၅), battalions, divisions, companies and brigades (တပ်ရင်း, တပ်မ,
 * တပ်ခွဲ, တပ်မဟာ), numbers (အမှတ်, နံပါတ်), wards, rooms, gates, chapters,
 * phones, operations. A classifier after the number makes it a count again
 * ("တပ်ရင်း ၃ ရင်း", three battalions).
 */
const IDENTIFIERS_BEFORE = new SyllableTable(words('ပုဒ်မ အပိုဒ် တပ်ရင်း တပ်မ တပ်ခွဲ တပ်မဟာ အမှတ် နံပါတ် ရပ်ကွက် အခန်း ဂိတ် အခန်းကြီး ဖုန်း စစ်ဆင်ရေး အတွဲ'));
/**
 * Places named by the mile post they stand at, written with the unit joined:
 * a gate, a camp, a village, a market, a zone ("၁၀၅ မိုင်ဂိတ်", the 105-mile
 * gate at Muse): the number names the place and measures nothing.
 */
const NAMED_PLACES = new SyllableTable(words('ဂိတ် စခန်း ကွင်း ရွာ ဈေး ဇုန် မြို့'));

/** Nouns after a number that make it an identifier: Operation 1027 (၁၀၂၇ စစ်ဆင်ရေး), Grade 10 (၁၀ တန်း), 35th Street (၃၅ လမ်း). */
const IDENTIFIERS_AFTER = new SyllableTable(words('စစ်ဆင်ရေး တန်း လမ်း'));
/** After a classifier or a unit: an ordinal or an anniversary ("၅ ကြိမ်မြောက်" the fifth time, "၇၅ နှစ်ပြည့်" the 75th anniversary). */
const ORDINAL_ENDINGS = new SyllableTable(words('မြောက် ပြည့် ပတ်လည်'));

/**
 * Words before a number that are not what it counts: adverbs and
 * postpositions (now, in all, at least, at most, more, again, among them).
 */
const NOT_COUNTED = new SyllableTable(words('ယခု အခု စုစုပေါင်း အနည်းဆုံး အများဆုံး နောက်ထပ် ထပ်မံ အနက်'));
/** Relative-clause endings: a word ending in one describes the noun after it and is not a noun itself. */
const RELATIVE_ENDINGS = new SyllableTable(words('သော သည့် တဲ့ မည့် မယ့်'));
/** Words between the two numbers of a range ("၁၈ နှစ်မှ ၃၅ နှစ်", "၅,၀၀၀ – ၁၀,၀၀၀"). */
const RANGE_LINKS = new Set(['မှ', '-', '–', '—', '~']);
/** Links of a list of identifiers or a dateline ("တပ်ရင်း ၃၃၊ ၃၄ နှင့် ၃၅", "ဇွန် ၁၈၊ ၂၀၂၄"). */
const LIST_LINKS = new Set(['၊', ',', 'နှင့်', 'နဲ့', '-', '–']);

/**
 * Whether token i is read by the Burmese reader: a number in Burmese digits,
 * in ASCII digits between Burmese words, or a Burmese word (which may hold a
 * number spelled in words).
 */
export function readsAsBurmese(p: AnalysedParagraph, i: number): boolean {
  const t = p.tokens;
  const c = t[i].text.charCodeAt(0);
  if (isBurmeseDigit(c) || isBurmeseToken(t[i])) return true;
  return isDigit(c) && (isBurmeseToken(t[i - 1]) || isBurmeseToken(t[i + 1]));
}

/** One word next to the number: the token and its syllables. */
interface Word {
  index: number;
  syllables: Syllables;
}

function wordAt(p: AnalysedParagraph, k: number): Word | null {
  const t = p.tokens[k];
  return isBurmeseToken(t) ? { index: k, syllables: syllablesOf(p.text, t) } : null;
}

/**
 * The figure at token i (readsAsBurmese), or where an identifier or a date
 * ends (so the list after it is skipped too); null when no number is there.
 */
export function burmeseFigureAt(p: AnalysedParagraph, i: number): Reading | { skipped: number } | null {
  if (isBurmeseToken(p.tokens[i])) return spelledFigureAt(p, i);
  const read = readNumber(p.tokens, i);
  const before = wordAt(p, read.from - 1);
  const after = wordAt(p, read.to + 1);
  if (exclusion(p, read, before, after)) return { skipped: skipList(p.tokens, read.to) };
  const found = measure(p, read, before, after);
  if (!found) return { found: [], next: read.to + 1 };
  const range = rangeSecond(p, read, found);
  return range ?? { found: [found], next: found.to + 1 };
}

/** Digits, maybe with ဒသမ and a decimal part ("၇ ဒသမ ၄"). */
function readNumber(t: Token[], i: number): NumberRead {
  if (t[i + 1]?.text === DECIMAL_POINT && t[i + 2] && isDigits(t[i + 2].text) && !t[i + 2].text.includes(',')) {
    const numeral = `${t[i].text}.${t[i + 2].text}`;
    return { ...numeralRead(numeral, i), to: i + 2, yearLike: false };
  }
  return numeralRead(t[i].text, i);
}

/** Why the number is no figure (a date, year, time, identifier, ordinal or phone number), or null. */
function exclusion(p: AnalysedParagraph, read: NumberRead, before: Word | null, after: Word | null): string | null {
  const t = p.tokens;
  if (before && isMonth(before.syllables)) return 'date';
  if (after && (MONTHS.startingAt(after.syllables, 0) || DAY_AFTER.startingAt(after.syllables, 0))) return 'date';
  if (after && YEAR_AFTER.startingAt(after.syllables, 0)) return 'year';
  if (after && dayOfMonth(after.syllables)) return 'date';
  if (before && ERA_WORDS.endingAt(before.syllables, count(before.syllables))) return 'year';
  if (before && TIMES_OF_DAY.endingAt(before.syllables, count(before.syllables)) && after && DURATIONS.startingAt(after.syllables, 0)?.value === 'hours') return 'time';
  if (after && atHour(after.syllables)) return 'time';
  if (hasLeadingZero(t[read.from].text)) return 'phone';
  if (after && ordinal(after.syllables)) return 'ordinal';
  if (after && namesPlace(after.syllables)) return 'identifier';
  const counted = after !== null && before !== null && classifierAt(after.syllables, before.syllables) > 0;
  if (after && IDENTIFIERS_AFTER.startingAt(after.syllables, 0) && !counted) return 'identifier';
  // "ပုဒ်မ ၅၀၅(က)", "ခြေလျင်တပ်ရင်း ၃၃": the noun may stand before an opening bracket ("အမှတ် (၁)").
  const named = before ?? (t[read.from - 1]?.text === '(' ? wordAt(p, read.from - 2) : null);
  if (named && IDENTIFIERS_BEFORE.endingAt(named.syllables, count(named.syllables)) && !(after && classifierAt(after.syllables, named.syllables))) return 'identifier';
  if (isYear(read) && !unitAround(before, after)) return 'year';
  return null;
}

/** "ဇွန်", "ဇွန်လ", "ဒီဇင်ဘာလ": a month's name, maybe with လ. */
function isMonth(s: Syllables): boolean {
  const m = MONTHS.startingAt(s, 0);
  return m !== null && (m.end === count(s) || (m.end === count(s) - 1 && slice(s, m.end, m.end + 1) === MONTH_SUFFIX));
}

/** "ရက်တွင်", "ရက်က": a day of the month, not a number of days. */
function dayOfMonth(s: Syllables): boolean {
  const d = DURATIONS.startingAt(s, 0);
  return d?.value === 'days' && DATE_PARTICLES.startingAt(s, d.end) !== null;
}

/** "နာရီတွင်": at an hour of the day. */
function atHour(s: Syllables): boolean {
  const d = DURATIONS.startingAt(s, 0);
  return d?.value === 'hours' && AT_PARTICLES.startingAt(s, d.end) !== null;
}

/** A classifier or unit followed by an ordinal ending ("ကြိမ်မြောက်", "နှစ်ပြည့်"). */
function ordinal(s: Syllables): boolean {
  if (ORDINAL_ENDINGS.startingAt(s, 0)) return true;
  const unit = CLASSIFIERS.startingAt(s, 0) ?? DURATIONS.startingAt(s, 0) ?? MEASURES.startingAt(s, 0);
  return unit !== null && ORDINAL_ENDINGS.startingAt(s, unit.end) !== null;
}

/** A unit joined to the name of a place ("မိုင်ဂိတ်"). */
function namesPlace(s: Syllables): boolean {
  const unit = MEASURES.startingAt(s, 0);
  return unit !== null && NAMED_PLACES.startingAt(s, unit.end) !== null;
}

/** A Burmese or ASCII numeral with a leading zero: a phone number ("၀၉-…"). */
function hasLeadingZero(digits: string): boolean {
  const first = digits.charCodeAt(0);
  return digits.length > 1 && (first === 48 || first === BURMESE_DIGIT_ZERO) && isDigit(digits.charCodeAt(1));
}

/** A currency, unit or percent next to the number (what makes "ကျပ် ၂၀၀၀" not a year). */
function unitAround(before: Word | null, after: Word | null): boolean {
  const b = before?.syllables;
  const a = after?.syllables;
  return (b !== undefined && (CURRENCIES.endingAt(b, count(b)) !== null || MEASURES.endingAt(b, count(b)) !== null)) ||
    (a !== undefined && (PERCENT.startingAt(a, 0) !== null || CURRENCIES.startingAt(a, 0) !== null || MEASURES.startingAt(a, 0) !== null));
}

/** Token index after a list of numbers that continues an identifier or a date ("၃၃၊ ၃၄ နှင့် ၃၅", "၁၈၊ ၂၀၂၄"). */
function skipList(t: Token[], at: number): number {
  while (LIST_LINKS.has(t[at + 1]?.text ?? '') && t[at + 2] && isDigits(t[at + 2].text)) at += 2;
  return at;
}

/**
 * The word after the number, when it opens with a unit of `table` that only
 * particles follow, or a postposition written with the nominal prefix အ
 * ("နှစ်အတွင်း", "နှစ်အရွယ်"): the unit's value and where it ends. A unit
 * joined to another noun names a thing ("မိုင်ဂိတ်", a mile-post gate).
 */
function unitAfter<T>(table: SyllableTable<T>, s: Syllables): { value: T; end: number } | null {
  const m = table.startingAt(s, 0);
  if (!m) return null;
  return onlyParticlesFrom(s, m.end) || slice(s, m.end, m.end + 1) === 'အ' ? m : null;
}

/** The unit written before the number, at the end of the word before it ("မိုင်", "မိုးရေချိန်"…). */
function unitBefore<T>(table: SyllableTable<T>, s: Syllables): { value: T; start: number } | null {
  return table.endingAt(s, count(s));
}

/** A classifier after the number: one of CLASSIFIERS, or a repeater (the counted noun's last syllables again: "ကျေးရွာ ၉ ရွာ"). */
function classifierAt(after: Syllables, noun: Syllables | null): number {
  const m = unitAfter(CLASSIFIERS, after);
  let end = m ? m.end : 0;
  if (noun) {
    const n = count(noun);
    for (let len = Math.min(n, count(after)); len > end; len--) {
      if (slice(noun, n - len, n) === slice(after, 0, len) && (onlyParticlesFrom(after, len) || slice(after, len, len + 1) === 'အ')) {
        end = len;
        break;
      }
    }
  }
  return end;
}

/** Whether the word before the number can be what it counts: not a particle, an adverb, or a relative clause. */
function isNoun(w: Word): boolean {
  const s = w.syllables;
  const n = count(s);
  if (PARTICLE_LIKE_NOUNS.endingAt(s, n)) return true;
  return !NAME_ENDINGS.endingAt(s, n) && !CLAUSE_ENDINGS.endingAt(s, n) && !QUALIFIERS.endingAt(s, n) && !NOT_COUNTED.endingAt(s, n) && !RELATIVE_ENDINGS.endingAt(s, n);
}

/** A found figure with character offsets (Burmese units and particles are joined, so a figure may begin or end inside a word). */
function figure(kind: FigureKind, value: number, unit: string | null, from: number, to: number, start: number, end: number): Found {
  return { kind, value, unit, from, to, start, end };
}

/** What the number measures: percent, money, a quantity, a duration, else a count. */
function measure(p: AnalysedParagraph, read: NumberRead, before: Word | null, after: Word | null): Found | null {
  const t = p.tokens;
  let value = read.value;
  let start = t[read.from].start;
  let end = t[read.to].end;
  let from = read.from;
  let to = read.to;
  let b = before;
  let a = after;
  const times = (m: number) => (read.numeral ? parseDecimal(read.numeral, m) : read.value * m);

  // A multiplier after the number ("၇၈ သိန်း"), or before it ("သိန်း ၃၀", "ကျပ်ကုဋေ ၁၈").
  const multiplierAfter = a ? unitAfter(MULTIPLIERS, a.syllables) : null;
  if (a && multiplierAfter) {
    value = times(multiplierAfter.value);
    end = a.syllables.bounds[multiplierAfter.end];
    to = a.index;
    // A unit may follow in a word of its own ("၅ သိန်း ကျပ်").
    a = multiplierAfter.end === count(a.syllables) ? wordAt(p, a.index + 1) : null;
  } else if (b) {
    const m = unitBefore(MULTIPLIERS, b.syllables);
    // The currency is joined to the multiplier ("ကျပ်ကုဋေ") or stands before it ("ကျပ် သိန်း"); else the multiplier is the whole word.
    const joined = m && m.start > 0 ? CURRENCIES.endingAt(b.syllables, m.start) : null;
    if (m && m.value >= MIN_MULTIPLIER_BEFORE && (m.start === 0 || joined)) {
      value = times(m.value);
      if (joined) return figure('money', value, joined.value, b.index, to, t[b.index].start, end);
      start = t[b.index].start;
      from = b.index;
      b = wordAt(p, b.index - 1);
    }
  }

  if (a) {
    const percent = unitAfter(PERCENT, a.syllables);
    if (percent) return figure('percent', value, 'percent', from, a.index, start, a.syllables.bounds[percent.end]);
  }
  const currencyBefore = b ? unitBefore(CURRENCIES, b.syllables) : null;
  if (b && currencyBefore) return figure('money', value, currencyBefore.value, b.index, to, t[b.index].start, end);
  if (a) {
    const currency = unitAfter(CURRENCIES, a.syllables);
    if (currency) return figure('money', value, currency.value, from, a.index, start, a.syllables.bounds[currency.end]);
    const quantity = unitAfter(MEASURES, a.syllables);
    if (quantity) return figure('quantity', value, quantity.value, from, a.index, start, a.syllables.bounds[quantity.end]);
  }
  const age = b ? unitBefore(AGE, b.syllables) : null;
  if (b && age) return figure('duration', value, age.value, b.index, to, b.syllables.bounds[age.start], end);
  if (a) {
    const duration = unitAfter(DURATIONS, a.syllables);
    if (duration) return figure('duration', value, duration.value, from, a.index, start, a.syllables.bounds[duration.end]);
  }
  // A classifier after the number: a count of the noun before it ("ကလေး ၃ ဦး"), or of what the sentence implies ("၁၄ ဦး").
  const noun = b && isNoun(b) ? b : null;
  const classifier = a ? classifierAt(a.syllables, noun?.syllables ?? null) : 0;
  if (a && classifier) {
    end = a.syllables.bounds[classifier];
    to = a.index;
  } else if (b) {
    const duration = unitBefore(DURATIONS_BEFORE, b.syllables);
    if (duration) return figure('duration', value, duration.value, b.index, to, b.syllables.bounds[duration.start], end);
    const quantity = unitBefore(MEASURES, b.syllables);
    if (quantity) return figure('quantity', value, quantity.value, b.index, to, b.syllables.bounds[quantity.start], end);
  }
  if (noun) return figure('count', value, p.text.slice(t[noun.index].start, t[noun.index].end), noun.index, to, t[noun.index].start, end);
  // "… တပ်သား ၂၆ ဦး ကျဆုံးပြီး ၈ ဦးကို ဖမ်းမိ": a count with no noun of its own points back to the figure before it (../figures/pointing.ts).
  return { ...figure('count', value, null, from, to, start, end), pointsBack: 'bare' };
}

/**
 * The second number of a range ("၁၈ နှစ်မှ ၃၅ နှစ်", "ကျပ် ၅,၀၀၀ – ၁၀,၀၀၀"):
 * a bare number on either side takes the kind and unit of the other. Null
 * when no range follows.
 */
function rangeSecond(p: AnalysedParagraph, first: NumberRead, found: Found): Reading | null {
  const t = p.tokens;
  const linkAt = found.to + 1;
  if (found.to !== first.to || !RANGE_LINKS.has(t[linkAt]?.text ?? '') || !t[linkAt + 1] || !isDigits(t[linkAt + 1].text)) return null;
  const second = burmeseFigureAt(p, linkAt + 1);
  if (!second || 'skipped' in second || second.found.length !== 1) return null;
  const other = second.found[0];
  const bare = (f: Found) => f.kind === 'count' && f.unit === null;
  if (bare(found) && !bare(other)) return { found: [{ ...found, kind: other.kind, unit: other.unit }, other], next: second.next };
  if (bare(other) && !bare(found)) return { found: [found, { ...other, kind: found.kind, unit: found.unit }], next: second.next };
  return { found: [found, other], next: second.next };
}

/**
 * Words after a counted unit that make a spelled number no count: all of
 * them ("နှစ်ဦးစလုံး", both; "သုံးဦးလုံး", all three), a rate or a
 * frequency ("နှစ်ရက်လျှင်", every two days; "နှစ်ကြိမ်", twice).
 */
const NOT_A_COUNT_AFTER = new SyllableTable(words('လုံး စလုံး လျှင် တိုင်း'));
/** Classifiers of occasions: "နှစ်ကြိမ်" is twice, a frequency. */
const OCCASIONS = new SyllableTable(words('ကြိမ် ခါ'));
/** Syllables before a number word that make it part of another word: the nominal prefix အ (အသုံး, use) and "how many" (ဘယ်နှစ်ယောက်). */
const NOT_A_NUMBER_AFTER = new Set(['အ', 'ဘယ်']);

/**
 * A number spelled in words in the Burmese word at token i ("ကလေးသုံးဦး",
 * "ကျပ် ငါးထောင်"): a count when a classifier or a unit follows it (or it
 * is a round amount such as ငါးထောင်); one (တစ်) is the indefinite article
 * ("ကုန်သည်တစ်ဦး", a trader) and never a figure, as "one" is not in English.
 */
function spelledFigureAt(p: AnalysedParagraph, i: number): Reading | null {
  const t = p.tokens;
  const s = syllablesOf(p.text, t[i]);
  for (let k = 0; k < count(s); k++) {
    if (k > 0 && NOT_A_NUMBER_AFTER.has(slice(s, k - 1, k))) continue;
    const n = spelledNumberAt(s, k, (at) => PERCENT.startingAt(s, at) !== null);
    if (!n || n.value < 2) continue;
    // What follows: the rest of this word, else the next word.
    const rest: Syllables = { text: s.text, bounds: s.bounds.slice(n.end) };
    const atWordEnd = count(rest) === 0;
    const after = atWordEnd ? wordAt(p, i + 1) : { index: i, syllables: rest };
    const noun = k > 0 ? { index: i, syllables: { text: s.text, bounds: s.bounds.slice(0, k + 1) } } : wordAt(p, i - 1);
    const found = spelledMeasure(p, n, s.bounds[k], s.bounds[n.end], noun, after, i, atWordEnd);
    if (found) return { found: [found], next: found.to + 1 };
    k = n.end - 1;
  }
  return null;
}

/** What a spelled number from character `start` to `end` measures, by the word before it and the syllables after it (`atWordEnd`: in the next word). */
function spelledMeasure(p: AnalysedParagraph, n: SpelledNumber, start: number, end: number, before: Word | null, after: Word | null, i: number, atWordEnd: boolean): Found | null {
  const a = after?.syllables;
  if (a && (ordinal(a) || IDENTIFIERS_AFTER.startingAt(a, 0) || OCCASIONS.startingAt(a, 0))) return null;
  const unitEnd = (m: { end: number } | null) => (m && !NOT_A_COUNT_AFTER.startingAt(a!, m.end) ? m.end : 0);
  const to = after?.index ?? i;
  if (a) {
    const percent = unitAfter(PERCENT, a);
    if (percent) return figure('percent', n.value, 'percent', i, to, start, a.bounds[percent.end]);
    const currency = CURRENCIES.startingAt(a, 0);
    if (unitEnd(currency)) return figure('money', n.value, currency!.value, i, to, start, a.bounds[currency!.end]);
  }
  const b = before?.syllables;
  const currencyBefore = b && before!.index < i ? unitBefore(CURRENCIES, b) : null;
  if (currencyBefore && n.powered) return figure('money', n.value, currencyBefore.value, before!.index, i, p.tokens[before!.index].start, end);
  if (a) {
    const quantity = unitAfter(MEASURES, a);
    if (quantity && unitEnd(quantity)) return figure('quantity', n.value, quantity.value, i, to, start, a.bounds[quantity.end]);
    const duration = unitAfter(DURATIONS, a);
    if (duration && unitEnd(duration)) return figure('duration', n.value, duration.value, i, to, start, a.bounds[duration.end]);
  }
  const noun = before && isNoun(before) ? before : null;
  const classifier = a ? classifierAt(a, noun?.syllables ?? null) : 0;
  const counted = classifier && !NOT_A_COUNT_AFTER.startingAt(a!, classifier) ? a!.bounds[classifier] : 0;
  // A round amount needs no classifier ("ဆန္ဒပြသူ ငါးထောင် စုဝေးသည်"), when it ends its word or only particles follow.
  if (!counted && !(n.powered && (atWordEnd || onlyParticlesFrom(a!, 0)))) return null;
  const figureEnd = counted || end;
  const unit = noun ? p.text.slice(noun.syllables.bounds[0], noun.syllables.bounds[count(noun.syllables)]) : null;
  const found = figure('count', n.value, unit, noun ? noun.index : i, counted ? to : i, noun ? noun.syllables.bounds[0] : start, figureEnd);
  return noun ? found : { ...found, pointsBack: 'bare' };
}
