import { sentenceText, startsSentence, type AnalysedParagraph } from './analyse';
import { isDigits, lowerAt, parseDecimal, readNumber, type NumberRead } from './numbers';
import { BURMESE_MONTHS, MONTH_ABBREVIATIONS, MONTHS } from './tables/calendar';
import { COMMON_WORDS } from './tables/common-words';
import { COUNTED_PARTICIPLES, MULTIPLIERS, NUMBER_WORDS } from './tables/numbers';
import { PEOPLES } from './tables/peoples';
import { ORG_HEADS } from './tables/organisations';
import {
  CURRENCY_PREFIXES,
  CURRENCY_SUBUNITS,
  CURRENCY_WORDS,
  DOLLAR_QUALIFIERS,
  GRADE_WORDS,
  IDENTIFIER_NOUNS,
  NAMING_UNITS,
  MEASURE_UNITS,
  PERCENT_WORDS,
  TIME_OF_DAY,
  TIME_UNITS,
} from './tables/units';
import { wordSet } from './tables/words';
import { classAt, isAsciiDigit, isBurmeseDigit, isBurmeseWordText, isDigit, LETTER, LOWER, NUMBER, startsWithLetter, startsWithNumber, UPPER, wordKey, type Token } from './tokens';
import type { Figure, FigureKind, TextSpan } from './types';

/**
 * Key figures of the body (facts-spec.md, "Key figures"): money, percent,
 * counts, quantities and durations, each with its exact text (qualifiers such
 * as "more than" left out), value, unit and sentence. Years, dates, times,
 * ordinals and numbers inside names are never figures.
 */

export const FIGURE_RULES = {
  /** A bare four-digit number in this range is a year ("in 2013", "since 2011"). */
  yearMin: 1800,
  yearMax: 2100,
  /** Words looked at after a number for the noun it counts ("12 MiG29B fighter jets"). */
  maxNounDistance: 5,
} as const;

/** Words that end the search for a counted noun: the number is then bare ("489 are …") or not a count. */
const COUNT_STOPS = wordSet(`
  the a an of in on at to from by for with as but are were was is have has had be been being will would
  could can may might must shall should per than that which who whom whose while when where after before
  since during including among into onto over under about against between through do does did not no nor
  so if then also only just still each every both either neither this these those its their his her our
  my your there here said says told according ago
`);
/** Plural nouns without a final -s. */
const IRREGULAR_PLURALS = wordSet('people police children men women personnel staff aircraft cattle livestock militia youth crew clergy infantry fish sheep deer folk offspring');
/** Words in -s after a number that are not counted things. */
const NOT_COUNTED = wordSet('times cents points is was has does as us its this his thus yes plus less unless whereas always perhaps news series means');
/** Hyphenated descriptions that count strength ("a 2,000-strong force"). */
const STRENGTH_WORDS = wordSet('strong man member');
/** Words before a bare spelled number that make it a pronoun ("the other two.", "all three."). */
const PRONOUN_BEFORE = wordSet('the other all both these those last first each of');
/** Words between the two numbers of a range. */
const RANGE_WORDS = new Set(['to', 'and', 'or', '-', '–', '—']);
/** Linking words of a range or list ("1,850 to 2,100 kyats", "Centers 14, 16 and 12"). */
const RANGE_LINKS = new Set(['to', '-', '–', 'and', 'or', ',', '&']);

interface Found {
  kind: FigureKind;
  value: number;
  unit: string | null;
  /** Token indices of the figure's text. */
  from: number;
  to: number;
  /** Where reading goes on, when it is not after `to` ("Nine of Myanmar’s 15 states": at "15"). */
  resume?: number;
}

export function findFigures(paragraphs: readonly AnalysedParagraph[]): Figure[] {
  const figures: Figure[] = [];
  const byKey = new Map<string, Figure>();
  for (const p of paragraphs) {
    let skippedListAt = -1;
    for (let i = 0; i < p.tokens.length; i++) {
      // Most words cannot start a number, as their first character shows.
      const c = p.tokens[i].text.charCodeAt(0);
      if ((c < 128 && !MAY_START_NUMBER[c]) || !mayStartNumber(p.tokens[i])) continue;
      const result = figureAt(p, i, skippedListAt === i);
      if (result === null) continue;
      if ('skipped' in result) {
        skippedListAt = listContinuation(p.tokens, result.skipped);
        i = result.skipped;
        continue;
      }
      for (const found of result.found) add(p, found, figures, byKey);
      i = Math.max(i, result.next - 1);
    }
  }
  return figures;
}

/** "30,000-40,000", "10-15": two numbers in one token. */
const NUMBER_SPAN = /^([0-9][0-9,]*(?:\.[0-9]+)?)[-‐]([0-9][0-9,]*(?:\.[0-9]+)?)$/;
/**
 * "20-year", "three-day", "2,400-km": a number and a word in one token. For a
 * word that is not ASCII, the full pattern is built from a string on first
 * need (a \p{…} literal costs its Unicode tables whenever it is parsed).
 */
let HYPHENATED: RegExp | undefined;
/** The same pattern for ASCII words, where \p{L}\p{N} are a–z and 0–9 and the hyphen is "-". */
const ASCII_HYPHENATED = /^([0-9][0-9,.]*|[a-z]+)-([a-z0-9-]+)$/i;

function splitHyphenated(word: string): RegExpExecArray | null {
  const ascii = /^[\0-\x7f]*$/.test(word);
  return (ascii ? ASCII_HYPHENATED : (HYPHENATED ??= new RegExp('^([0-9][0-9,.]*|[a-z]+)[-‐]([\\p{L}\\p{N}-]+)$', 'iu'))).exec(word);
}
/** "K50,000", "Rs500", "5bn", "26%": currency, digits and a suffix in one token. */
const GLUED = /^(K|Rs)?([0-9][0-9,]*(?:\.[0-9]+)?)([a-z%]*)$/i;

/** "twenty-five": every part a number word (then it is read as one number, not as a hyphenated figure). */
function isSpelledCompound(word: string): boolean {
  return word.toLowerCase().split('-').every((part) => part in NUMBER_WORDS);
}

/** Number words that can start a number (the first part of "twenty-five"). */
const NUMBER_STARTS = new Set([...Object.keys(NUMBER_WORDS), 'a', 'half']);
/** ASCII characters a number can begin with: digits, K, R and the first letters of NUMBER_STARTS. */
const MAY_START_NUMBER = new Uint8Array(128);
for (const c of '0123456789KR') MAY_START_NUMBER[c.charCodeAt(0)] = 1;
for (const word of NUMBER_STARTS) MAY_START_NUMBER[word.charCodeAt(0)] = MAY_START_NUMBER[word.toUpperCase().charCodeAt(0)] = 1;

/** Words that can start a number: digits, K/Rs before digits, number words, "a dozen", "half a million". */
function mayStartNumber(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (isDigit(c)) return true;
  if (c === 75 || c === 82) return /^(?:K|Rs)\d/.test(token.text); // K50,000, Rs500
  const dash = token.key.indexOf('-');
  return NUMBER_STARTS.has(dash < 0 ? token.key : token.key.slice(0, dash));
}

/**
 * The figure starting at token i; an identifier or a date ("Division 55",
 * "May 17") reports where it ends so that a list after it ("and 18") is
 * skipped too; null when no number starts here.
 */
function figureAt(p: AnalysedParagraph, i: number, inSkippedList: boolean): { found: Found[]; next: number } | { skipped: number } | null {
  const t = p.tokens;
  const word = t[i].text;
  if (inSkippedList && startsWithNumber(word)) return { skipped: i };
  const c = word.charCodeAt(0);
  const digit = isAsciiDigit(c);
  // The patterns below are tried only on words that could match them (they are costly to compile and run).
  const hyphenated = word.includes('-') || word.includes('‐');
  const span = digit && hyphenated ? NUMBER_SPAN.exec(word) : null;
  if (span) return numberSpan(p, i, span[1], span[2]);
  const hyphen = hyphenated ? splitHyphenated(word) : null;
  if (hyphen && !isSpelledCompound(word) && (isDigits(hyphen[1]) || hyphen[1].toLowerCase() in NUMBER_WORDS)) return hyphenatedFigure(p, i, hyphen[1], hyphen[2]);
  const glued = digit || c === 75 || c === 107 || c === 82 || c === 114 ? GLUED.exec(word) : null; // K, k, R, r
  if (glued && (glued[1] || glued[3])) return gluedFigure(p, i, glued[1] ?? '', glued[2], glued[3]);
  const read = readNumber(t, i);
  if (!read) return null;
  const excluded = exclusion(p, read);
  if (excluded === 'identifier' || excluded === 'date') return { skipped: read.to };
  if (excluded) return { found: [], next: read.to + 1 };
  const found = isBurmeseDigit(t[read.from].text.charCodeAt(0)) ? classifyBurmese(p, read) : classify(p, read);
  return { found: found ? [found] : [], next: found?.resume ?? (found?.to ?? read.to) + 1 };
}

/** Why the number is not a figure: a date, time, year, identifier, phone number or proportion; null if it may be one. */
function exclusion(p: AnalysedParagraph, read: NumberRead): 'date' | 'time' | 'year' | 'identifier' | 'phone' | 'ratio' | null {
  const t = p.tokens;
  const prevIndex = t[read.from - 1]?.text === '.' ? read.from - 2 : read.from - 1;
  const prev = t[prevIndex];
  const prevKey = prev ? wordKey(prev.text) : '';
  const next = t[read.to + 1];
  const nextKey = next ? next.text.toLowerCase() : '';
  if (prev && (MONTHS.has(prevKey) || MONTH_ABBREVIATIONS.has(prevKey) || BURMESE_MONTHS.has(prev.text))) return 'date';
  if (next && (MONTHS.has(nextKey) || BURMESE_MONTHS.has(next.text))) return 'date';
  if (TIME_OF_DAY.has(nextKey) || (nextKey === ':' && /^\d/.test(t[read.to + 2]?.text ?? ''))) return 'time';
  if (t[read.from - 1]?.text === ':' && /^\d/.test(t[read.from - 2]?.text ?? '')) return 'time'; // "10:15"
  // "one in four voters", "1 in 3 children": a proportion, which counts neither number of things.
  if (!read.multiplied && ((prevKey === 'in' && isProportion(t, prevIndex - 1, read.from)) || (nextKey === 'in' && isProportion(t, read.from, read.to + 2)))) return 'ratio';
  if (read.spelled) return null;
  const digits = t[read.from].text;
  // "09-451234567", "+95 9 451 234 567": a leading zero or plus, or groups of digits in a row.
  if (/^0\d/.test(digits) || t[read.from - 1]?.text === '+' || /^\d+$/.test(t[read.to + 1]?.text ?? '') || /^\d+$/.test(t[read.from - 1]?.text ?? '')) return 'phone';
  if (read.yearLike && read.value >= FIGURE_RULES.yearMin && read.value <= FIGURE_RULES.yearMax && !unitAfter(t, read.to + 1)) return 'year';
  if (nextKey === '(' && /^[a-z]$/i.test(t[read.to + 2]?.text ?? '') && t[read.to + 3]?.text === ')') return 'identifier';
  // An argument in code quoted in the text, "alert(1)": a bracket glued to a word just before, closed just after.
  const open = t[read.from - 1];
  if (open?.text === '(' && t[read.from - 2]?.end === open.start && isLetters(t[read.from - 2].text) && nextKey === ')') return 'identifier';
  if (!prev || currencyBefore(t, read.from)) return null;
  if (prevKey === 'no' || prevKey === 'nos' || IDENTIFIER_NOUNS.has(prevKey)) return 'identifier';
  if (prev.cap && !/['’]s$/.test(prev.text) && prevIndex === read.from - 1) {
    const opener = startsSentence(p, prevIndex) && !ORG_HEADS.has(prevKey);
    if (!opener && !COMMON_WORDS.has(prevKey)) return 'identifier';
  }
  return null;
}

/** Whether the unit names the thing one of the few words from k on (up to a punctuation mark) stands for: "105-mile gate", "60mm mortars". */
function unitNamesThing(unit: string, t: Token[], k: number): boolean {
  const nouns = NAMING_UNITS[unit];
  if (!nouns) return false;
  for (let i = k; i < k + 4 && t[i]?.letter; i++) if (nouns.has(t[i].key)) return true;
  return false;
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
  if (before && (MONTHS.has(before.key) || MONTH_ABBREVIATIONS.has(before.key))) return null;
  if (token.key in NUMBER_WORDS) return NUMBER_WORDS[token.key];
  return isDigits(token.text) && !/^\d{4}$/.test(token.text) ? parseDecimal(token.text) : null;
}

/** Whether every code point of the word is a letter (\p{L}+). */
function isLetters(word: string): boolean {
  if (!word) return false;
  for (let i = 0; i < word.length; i++) {
    if (!(classAt(word, i) & LETTER)) return false;
    if (word.codePointAt(i)! > 0xffff) i++;
  }
  return true;
}

/** Token index after an identifier's list ("Operation Centers 14, 16 and 12"): numbers up to there are identifiers too. */
function listContinuation(t: Token[], at: number): number {
  const link = t[at + 1]?.text ?? '';
  return RANGE_LINKS.has(link) && startsWithNumber(t[at + 2]?.text ?? '') ? at + 2 : -1;
}

/** Currency sign or code just before token i ("$", "US$", "€", "Rs"), and the index where its text starts. */
function currencyBefore(t: Token[], i: number): { code: string; start: number } | null {
  const prev = t[i - 1];
  if (!prev) return null;
  const glued = t[i - 2] && t[i - 2].end === prev.start ? (t[i - 2].text + prev.text).toLowerCase() : '';
  if (glued && CURRENCY_PREFIXES[glued] && glued.endsWith('$')) return { code: CURRENCY_PREFIXES[glued], start: i - 2 };
  const code = CURRENCY_PREFIXES[prev.text.toLowerCase()];
  if (!code) return null;
  // A lone "K" or "RM" is a currency only glued to the number; a sign may stand apart ("US$ 14.3").
  if (/^[a-z]+$/i.test(prev.text) && prev.text.length < 3 && prev.end !== t[i].start) return null;
  return { code, start: i - 1 };
}

/** A currency, percent or measure word at token k (what makes "2000 kyats" not a year). */
function unitAfter(t: Token[], k: number): boolean {
  const key = t[k]?.text.toLowerCase() ?? '';
  return key in CURRENCY_WORDS || PERCENT_WORDS.has(key) || key in MEASURE_UNITS || (key in MULTIPLIERS && key.length > 2);
}

/** What the number measures, from the words around it. */
function classify(p: AnalysedParagraph, read: NumberRead, inRange = false): Found | null {
  const t = p.tokens;
  const { value } = read;
  const currency = read.spelled ? null : currencyBefore(t, read.from);
  const after = read.to + 1;
  // The two words after the number, lower-cased once.
  const next = lowerAt(t, after);
  const second = lowerAt(t, after + 1);
  if (!inRange && RANGE_WORDS.has(next)) {
    const range = rangeEnd(p, read, after + 1);
    if (range) return { ...range, from: currency?.start ?? read.from, to: read.to };
  }
  const percentEnd = PERCENT_WORDS.has(next) ? after : next === 'per' && second === 'cent' ? after + 1 : -1;
  if (percentEnd >= 0) return GRADE_WORDS.has(lowerAt(t, percentEnd + 1)) ? null : { kind: 'percent', value, unit: 'percent', from: read.from, to: percentEnd };
  let code = currency?.code ?? null;
  // "US dollars": the qualifier names the currency, and the unit word is one further.
  let k = after;
  let word = next;
  if (!code && word in DOLLAR_QUALIFIERS && /^dollars?$/.test(second)) {
    code = DOLLAR_QUALIFIERS[word];
    word = lowerAt(t, ++k);
  }
  const qualified = word in DOLLAR_QUALIFIERS;
  const subunit = CURRENCY_SUBUNITS[qualified ? lowerAt(t, k + 1) : word];
  if (subunit) {
    return { kind: 'money', value: parseDecimal(t[read.from].text) * subunit[1], unit: subunit[0], from: read.from, to: qualified ? k + 1 : k };
  }
  const currencyWord = word in CURRENCY_WORDS;
  if (currencyWord) code = code ?? CURRENCY_WORDS[word];
  if (code) {
    let to = currencyWord ? k : read.to;
    if (lowerAt(t, to + 1) === 'per' && isLetters(t[to + 2]?.text ?? '')) to += 2; // "2,100 kyats per dollar"
    return { kind: 'money', value, unit: code, from: currency?.start ?? read.from, to };
  }
  const rate = read.spelled ? 0 : exchangeRate(t, k);
  if (rate) return { kind: 'money', value, unit: 'MMK', from: read.from, to: k + rate - 1 };
  if (read.spelled && value === 1 && !read.multiplied) return null; // "one of …", "one fuel wholesaler"
  if (next in TIME_UNITS) return second === 'ago' ? null : { kind: 'duration', value, unit: TIME_UNITS[next], from: read.from, to: after };
  const twoWordUnit = `${next} ${second}`;
  if (twoWordUnit in MEASURE_UNITS) return { kind: 'quantity', value, unit: MEASURE_UNITS[twoWordUnit], from: read.from, to: after + 1 };
  if (next in MEASURE_UNITS && (next.length > 1 || t[after].start === t[read.to].end)) {
    if (unitNamesThing(MEASURE_UNITS[next], t, after + 1)) return null;
    return { kind: 'quantity', value, unit: MEASURE_UNITS[next], from: read.from, to: after };
  }
  return counted(p, read);
}

/**
 * The first number of a range takes the kind and unit of the second ("between
 * 100 and 150 people", "1 to 2 percent") and its multiplier ("$5 to $10
 * million" is five million): the figure with the first number's value.
 */
function rangeEnd(p: AnalysedParagraph, first: NumberRead, at: number): Found | null {
  const t = p.tokens;
  let j = at;
  while (t[j] && t[j].end === t[j + 1]?.start && CURRENCY_PREFIXES[t[j].text.toLowerCase()] && !isLetters(t[j].text)) j++;
  if (t[j] && (t[j].text.startsWith('$') || t[j].text === 'US') && t[j + 1]?.text === '$') j += 2;
  const second = t[j] && p.sentenceOf[j] === p.sentenceOf[first.from] ? readNumber(t, j) : null;
  if (!second || (second.yearLike && !first.spelled)) return null;
  const found = classify(p, second, true);
  if (!found) return null;
  const factor = second.multiplied && second.numeral && !first.multiplied ? second.value / parseDecimal(second.numeral) : 1;
  return { ...found, value: first.value * factor };
}

/**
 * "4,500 to the dollar", "per US dollar": a kyat exchange rate with the
 * currency left out (the site's market rate). Returns the phrase length, or 0.
 */
function exchangeRate(t: Token[], k: number): number {
  if (!/^(?:to|per|against)$/.test(t[k]?.key ?? '')) return 0;
  let n = k + 1;
  if (t[n]?.key === 'the') n++;
  if (t[n]?.key === 'us') n++;
  return /^dollars?$/.test(t[n]?.key ?? '') ? n - k + 1 : 0;
}

/** "12 MiG29B fighter jets", "Nine of Myanmar’s 15 states", a bare "489"; null when the number counts nothing. */
function counted(p: AnalysedParagraph, read: NumberRead): Found | null {
  const t = p.tokens;
  let k = read.to + 1;
  const sentence = p.sentenceOf[read.from];
  // "Nine of Myanmar’s 15 states": N of [the|its|X’s] [M] nouns.
  if (lowerAt(t, k) === 'of') {
    let j = k + 1;
    if (/^(?:the|its|their|his|her|these|those|our)$/.test(lowerAt(t, j)) || /['’]s$/.test(t[j]?.text ?? '')) j++;
    // The inner number is read again on its own ("71 of the 88 seats": 88 is a figure too).
    const inner = readNumber(t, j);
    if (inner && !inner.spelled) j = inner.to + 1;
    const noun = nounAt(p, j, sentence);
    if (noun >= 0) return { kind: 'count', value: read.value, unit: unitText(p, j, noun), from: read.from, to: noun, resume: inner && !inner.spelled ? inner.from : undefined };
  }
  const noun = nounAt(p, k, sentence);
  if (noun >= 0) return { kind: 'count', value: read.value, unit: unitText(p, k, noun), from: read.from, to: noun };
  if (COUNTED_PARTICIPLES.has(lowerAt(t, k))) return { kind: 'count', value: read.value, unit: t[k].text, from: read.from, to: k };
  // A bare number that something else follows (a verb, a preposition, the end): "rose to 433 on Friday".
  const next = t[k];
  const end = !next || p.sentenceOf[k] !== sentence || /^[.;!?]$/.test(next.text);
  if (read.spelled) {
    // "… took four." counts; "the other two." is a pronoun.
    const before = t[read.from - 1] ? wordKey(t[read.from - 1].text) : '';
    return end && !PRONOUN_BEFORE.has(before) && read.value > 1 ? { kind: 'count', value: read.value, unit: null, from: read.from, to: read.to } : null;
  }
  const bare = end || COUNT_STOPS.has(lowerAt(t, k)) || /^[,:)”"’—–]$/.test(next.text);
  return bare ? { kind: 'count', value: read.value, unit: null, from: read.from, to: read.to } : null;
}

/**
 * Index of the counted noun within reach of token k, or -1: a plural noun,
 * a model in the plural ("MiG-29s"), else a people's name ("5,000 Rohingya").
 */
function nounAt(p: AnalysedParagraph, k: number, sentence: number): number {
  const t = p.tokens;
  let people = -1;
  for (let n = k; n < Math.min(t.length, k + FIGURE_RULES.maxNounDistance); n++) {
    if (p.sentenceOf[n] !== sentence) break;
    const word = t[n].text;
    const key = word.toLowerCase();
    if (isPluralNoun(word) || isModelPlural(word)) return n;
    if (t[n].cap && PEOPLES.has(t[n].key) && people < 0) people = n;
    // "five Russian and Chinese jets" counts the jets; "took six and ethnic parties shared seven" counts nothing written.
    if (key === 'and' || key === 'or') {
      if (n === k) break;
      continue;
    }
    if (COUNT_STOPS.has(key) || key in TIME_UNITS || key in CURRENCY_WORDS || PERCENT_WORDS.has(key)) break;
    if (!isWord(word)) break;
  }
  return people === k ? k : -1;
}

function isPluralNoun(word: string): boolean {
  if (!(classAt(word, 0) & LOWER)) return false;
  const key = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(key)) return true;
  return key.length >= 3 && /^[a-z][a-z'’-]*s$/.test(key) && !/(?:ss|us|is)$/.test(key) && !NOT_COUNTED.has(key) && !(key in TIME_UNITS) && !(key in CURRENCY_WORDS);
}

/** A word: a letter, then letters, digits, apostrophes and hyphens. */
function isWord(word: string): boolean {
  if (!startsWithLetter(word)) return false;
  for (let i = word.codePointAt(0)! > 0xffff ? 2 : 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 45) continue;
    if (!(classAt(word, i) & (LETTER | NUMBER))) return false;
    if (word.codePointAt(i)! > 0xffff) i++;
  }
  return true;
}

/** An aircraft or weapon model in the plural, counted like a noun ("31 MiG-29s", "F-16s"): a capital, a digit after any hyphen, a final "s". */
function isModelPlural(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115 || !(classAt(word, 0) & UPPER)) return false;
  let digitAfterHyphen = false;
  for (let i = word.codePointAt(0)! > 0xffff ? 2 : 1; i < n - 1; i++) {
    const c = word.charCodeAt(i);
    if (c === 45) {
      digitAfterHyphen = false;
      continue;
    }
    const cls = classAt(word, i);
    if (!(cls & (LETTER | NUMBER))) return false;
    if (cls & NUMBER) digitAfterHyphen = true;
    if (word.codePointAt(i)! > 0xffff) i++;
  }
  return digitAfterHyphen;
}

function unitText(p: AnalysedParagraph, from: number, to: number): string {
  let start = from;
  // "more"/"other" qualify the number, not the thing counted.
  while (start < to && /^(?:more|other|of|the|its|their)$/i.test(p.tokens[start].text)) start++;
  return p.text.slice(p.tokens[start].start, p.tokens[to].end);
}

/**
 * A number in Burmese digits: the Burmese edition puts the currency or the
 * counted noun before it ("ကျပ် ၁၃၅,၀၀၀", "ဆိုင်ခွဲ ၂၀") and percent after it.
 */
function classifyBurmese(p: AnalysedParagraph, read: NumberRead): Found {
  const t = p.tokens;
  const next = t[read.to + 1]?.text ?? '';
  if (PERCENT_WORDS.has(next)) return { kind: 'percent', value: read.value, unit: 'percent', from: read.from, to: read.to + 1 };
  const prev = t[read.from - 1];
  const burmeseWord = prev && isBurmeseWordText(prev.text.charCodeAt(0)) ? prev : null;
  const currency = burmeseWord && Object.keys(CURRENCY_WORDS).find((w) => burmeseWord.text.endsWith(w));
  if (currency) return { kind: 'money', value: read.value, unit: CURRENCY_WORDS[currency], from: read.from - 1, to: read.to };
  return { kind: 'count', value: read.value, unit: burmeseWord?.text ?? null, from: burmeseWord ? read.from - 1 : read.from, to: read.to };
}

/**
 * "30,000-40,000 people", "10-15 percent": two figures with the kind and unit
 * of what follows. A span of years ("2017-18", "2005-2015") is no figure.
 */
function numberSpan(p: AnalysedParagraph, i: number, left: string, right: string): { found: Found[]; next: number } {
  const none = { found: [], next: i + 1 };
  if (/^\d{4}$/.test(left) && Number(left) >= FIGURE_RULES.yearMin && Number(left) <= FIGURE_RULES.yearMax) return none;
  if (/^0\d/.test(left)) return none; // a phone number: "09-451234567"
  const read: NumberRead = { value: parseDecimal(right), from: i, to: i, spelled: false, yearLike: false, multiplied: false, numeral: right };
  const withMultiplier = readNumber(p.tokens, i + 1) ? read : { ...read, ...multiplierAfter(p.tokens, i, right) };
  const found = classify(p, withMultiplier, true);
  if (!found) return none;
  const factor = withMultiplier.value / parseDecimal(right);
  return { found: [{ ...found, value: parseDecimal(left) * factor }, { ...found, value: withMultiplier.value }], next: found.to + 1 };
}

/** The value and extent of digits at token i with the multiplier words after them ("5-10 million"). */
function multiplierAfter(t: Token[], i: number, numeral: string): { value: number; to: number; multiplied: boolean } {
  let to = i;
  let factor = 1;
  while (t[to + 1] && t[to + 1].key in MULTIPLIERS && t[to + 1].key.length > 2) factor *= MULTIPLIERS[t[++to].key];
  return { value: parseDecimal(numeral, factor), to, multiplied: factor !== 1 };
}

/** "20-year", "70-year-old", "2,400-km", "three-day", "2017-18" (a year span), "5-10". */
function hyphenatedFigure(p: AnalysedParagraph, i: number, left: string, right: string): { found: Found[]; next: number } {
  const t = p.tokens;
  const none = { found: [], next: i + 1 };
  const read = isDigits(left)
    ? { value: parseDecimal(left), spelled: false, yearLike: /^\d{4}$/.test(left) }
    : { value: NUMBER_WORDS[left.toLowerCase()], spelled: true, yearLike: false };
  const value = read.value;
  const isYear = read.yearLike && value >= FIGURE_RULES.yearMin && value <= FIGURE_RULES.yearMax;
  const unitWord = right.toLowerCase().split('-')[0];
  const prev = t[i - 1] ? wordKey(t[i - 1].text) : '';
  if (isYear || MONTHS.has(prev) || MONTH_ABBREVIATIONS.has(prev) || MONTHS.has(unitWord) || TIME_OF_DAY.has(unitWord)) return none;
  const at = (kind: FigureKind, unit: string | null): { found: Found[]; next: number } => ({ found: [{ kind, value, unit, from: i, to: i }], next: i + 1 });
  if (unitWord in TIME_UNITS) return at('duration', TIME_UNITS[unitWord]);
  if (unitWord in CURRENCY_WORDS) return at('money', CURRENCY_WORDS[unitWord]); // "a 15,600-kyat wage", "a five-dollar bill"
  if (unitWord in MEASURE_UNITS && unitWord.length > 1) {
    return unitNamesThing(MEASURE_UNITS[unitWord], t, i + 1) ? none : at('quantity', MEASURE_UNITS[unitWord]);
  }
  if (STRENGTH_WORDS.has(unitWord) && !read.spelled) {
    const noun = nounAt(p, i + 1, p.sentenceOf[i]);
    return noun >= 0 ? { found: [{ kind: 'count', value, unit: unitText(p, i + 1, noun), from: i, to: noun }], next: noun + 1 } : at('count', null);
  }
  return none;
}

/** "K50,000", "5bn", "30km", "26%" written as one token; "1990s" and "6th" are not figures. */
function gluedFigure(p: AnalysedParagraph, i: number, prefix: string, digits: string, suffix: string): { found: Found[]; next: number } {
  const none = { found: [], next: i + 1 };
  const s = suffix.toLowerCase();
  if (/^(?:st|nd|rd|th|s)$/.test(s) || TIME_OF_DAY.has(s)) return none;
  const multiplier = s && s in MULTIPLIERS ? MULTIPLIERS[s] : 1;
  const value = parseDecimal(digits, multiplier);
  const at = (kind: FigureKind, unit: string | null, to = i): { found: Found[]; next: number } => ({ found: [{ kind, value, unit, from: i, to }], next: to + 1 });
  const currency = prefix ? CURRENCY_PREFIXES[prefix.toLowerCase()] : currencyBefore(p.tokens, i)?.code;
  if (currency) {
    const start = prefix ? i : (currencyBefore(p.tokens, i)?.start ?? i);
    // "K2.5 billion": a multiplier word may still follow.
    const more = multiplier === 1 ? multiplierAfter(p.tokens, i, digits) : { value, to: i };
    return { found: [{ kind: 'money', value: more.value, unit: currency, from: start, to: more.to }], next: more.to + 1 };
  }
  if (multiplier !== 1) {
    const word = p.tokens[i + 1]?.text.toLowerCase() ?? '';
    return word in CURRENCY_WORDS ? at('money', CURRENCY_WORDS[word], i + 1) : none;
  }
  if (s === '%') return at('percent', 'percent');
  if (s in MEASURE_UNITS) return unitNamesThing(MEASURE_UNITS[s], p.tokens, i + 1) ? none : at('quantity', MEASURE_UNITS[s]);
  return none;
}

/** Adds a figure, folding one already listed with the same value (and kind, for money and percent). */
function add(p: AnalysedParagraph, found: Found, figures: Figure[], byKey: Map<string, Figure>): void {
  // A numeral too long for a double ("999…9", hundreds of digits) reads as Infinity: it measures nothing.
  if (!Number.isFinite(found.value)) return;
  const t = p.tokens;
  const span: TextSpan = { paragraph: p.index, start: t[found.from].start, end: t[found.to].end };
  const key = found.kind === 'money' || found.kind === 'percent' ? `${found.kind}:${found.value}` : `n:${found.value}`;
  const existing = byKey.get(key);
  if (existing) {
    existing.spans.push(span);
    return;
  }
  const figure: Figure = {
    text: p.text.slice(span.start, span.end),
    kind: found.kind,
    value: found.value,
    unit: found.unit,
    context: sentenceText(p, found.from),
    span,
    spans: [span],
  };
  byKey.set(key, figure);
  figures.push(figure);
}
