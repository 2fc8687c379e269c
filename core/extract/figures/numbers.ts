import { lookup } from '../tables/lookup';
import { BURMESE_DIGIT_ZERO, DIGIT_PATTERN, isBurmeseDigit, isDigit, type Token } from '../tokens';

/**
 * What a number looks like, and its value: digits ("4,705", "1.63", Burmese
 * "၁၂", "၇ ဒသမ ၄"), number words ("three", "twenty-five", "a dozen", "half a
 * million") and the multipliers after them ("billion", "lakh", "bn").
 */

/** Number words (facts-spec.md: "Numbers spelled in words count"); the reader combines them ("twenty-five", "three hundred"). */
export const NUMBER_WORDS: Record<string, number> = lookup({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
});

/** Words and abbreviations that multiply the number before them ("1.63 billion", "2 lakh", "5bn"): English and South Asian usage in the press. */
export const MULTIPLIERS: Record<string, number> = lookup({
  hundred: 1e2, thousand: 1e3, k: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, million: 1e6, mn: 1e6, m: 1e6,
  mln: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
});

/** Words before "a hundred", "a thousand", "a million" that make it an estimate of an amount rather than rhetoric ("nearly a million people"). */
const ESTIMATE_WORDS = new Set(['about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'over', 'than', 'least', 'to', 'of']);

/** A numeral: digits, in groups of three after commas, maybe a decimal part ("4,705", "1.63", "၁၂,၀၀၀"). */
const DIGITS = new RegExp(`^${DIGIT_PATTERN}+(?:,${DIGIT_PATTERN}{3})*(?:\\.${DIGIT_PATTERN}+)?$`);
/** Four digits and nothing else, as a bare year is written. */
const FOUR_DIGITS = new RegExp(`^${DIGIT_PATTERN}{4}$`);

/** Multipliers that stand as words of their own: single letters ("5m", "5k") multiply only glued to digits. */
const WORD_MULTIPLIERS = new Set(Object.keys(MULTIPLIERS).filter((word) => word.length > 1));
/** Number words that can start a number (the first part of "twenty-five"). */
const NUMBER_STARTS = new Set([...Object.keys(NUMBER_WORDS), 'a', 'half']);
/** ASCII characters a number can begin with: digits, K, R and the first letters of NUMBER_STARTS. */
const MAY_START_NUMBER = new Uint8Array(128);
for (const c of '0123456789KR') MAY_START_NUMBER[c.charCodeAt(0)] = 1;
for (const word of NUMBER_STARTS) MAY_START_NUMBER[word.charCodeAt(0)] = MAY_START_NUMBER[word.toUpperCase().charCodeAt(0)] = 1;

export interface NumberRead {
  value: number;
  /** Token indices of the number's first and last token (multipliers included). */
  from: number;
  to: number;
  /** Written in words rather than digits. */
  spelled: boolean;
  /** Digits written as a bare year would be: four digits, no comma or decimal point. */
  yearLike: boolean;
  /** A multiplier was applied ("1.63 billion"). */
  multiplied: boolean;
  /** The digits as a decimal numeral ("1.63"), for exact multiplication. */
  numeral?: string;
}

/** A decimal numeral as an exact number ("1.63" × 1e9 is 1630000000, not 1629999999.9999998). */
export function parseDecimal(digits: string, multiplier = 1): number {
  const ascii = toAsciiDigits(digits).replace(/,/g, '');
  const [whole, fraction = ''] = ascii.split('.');
  const scale = 10 ** fraction.length;
  const value = (Number(whole + fraction) * multiplier) / scale;
  return Number.isInteger(multiplier) && multiplier >= scale ? Math.round(value) : value;
}

function toAsciiDigits(s: string): string {
  let ascii = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    ascii += isBurmeseDigit(c) ? String(c - BURMESE_DIGIT_ZERO) : s[i];
  }
  return ascii;
}

/** Token n in lower case ('' past either end). Not its key: dots and curly apostrophes are kept ("a.m."). */
export function lowerAt(tokens: readonly Token[], n: number): string {
  return tokens[n]?.text.toLowerCase() ?? '';
}

export function isDigits(word: string): boolean {
  return isDigit(word.charCodeAt(0)) && DIGITS.test(word);
}

export function readNumber(tokens: Token[], i: number): NumberRead | null {
  const t = tokens[i];
  // Past the last word (a range at the very end, "5-10"): nothing to read.
  if (!t) return null;
  let read: NumberRead | null = null;
  if (isDigits(t.text)) read = numeralRead(t.text, i);
  else read = readWords(tokens, i);
  if (!read) return null;
  return applyMultipliers(tokens, read);
}

/** The number a numeral at token i states ("4,705", "2013"), before any multiplier. */
export function numeralRead(numeral: string, i: number): NumberRead {
  return { value: parseDecimal(numeral), from: i, to: i, spelled: false, yearLike: FOUR_DIGITS.test(numeral), multiplied: false, numeral };
}

/** "three", "twenty-five", "three hundred", "a dozen", "half a million", "one million". */
function readWords(tokens: Token[], i: number): NumberRead | null {
  let k = i;
  if (lowerAt(tokens, k) === 'half' && lowerAt(tokens, k + 1) === 'a' && WORD_MULTIPLIERS.has(lowerAt(tokens, k + 2))) {
    return { value: 0.5 * MULTIPLIERS[lowerAt(tokens, k + 2)], from: i, to: k + 2, spelled: true, yearLike: false, multiplied: true };
  }
  if (lowerAt(tokens, k) === 'a' && (lowerAt(tokens, k + 1) === 'dozen' || WORD_MULTIPLIERS.has(lowerAt(tokens, k + 1)))) {
    // "A thousand speeches will not undo …", "“a million spare parts”": a bare round number with "a" is rhetoric; an estimate says so ("about a million").
    if (lowerAt(tokens, k + 1) !== 'dozen' && !ESTIMATE_WORDS.has(lowerAt(tokens, k - 1))) return null;
    const value = lowerAt(tokens, k + 1) === 'dozen' ? 12 : MULTIPLIERS[lowerAt(tokens, k + 1)];
    return { value, from: i, to: k + 1, spelled: true, yearLike: false, multiplied: lowerAt(tokens, k + 1) !== 'dozen' };
  }
  let current = 0;
  let seen = false;
  for (; k < tokens.length; k++) {
    const parts = lowerAt(tokens, k).split('-');
    if (parts.every((p) => p in NUMBER_WORDS)) {
      current += parts.reduce((sum, p) => sum + NUMBER_WORDS[p], 0);
      seen = true;
    } else if (seen && lowerAt(tokens, k) === 'hundred') current = (current || 1) * 100;
    else if (seen && lowerAt(tokens, k) === 'and' && lowerAt(tokens, k - 1) === 'hundred' && lowerAt(tokens, k + 1) in NUMBER_WORDS) continue;
    else break;
  }
  if (!seen) return null;
  return { value: current, from: i, to: k - 1, spelled: true, yearLike: false, multiplied: false };
}

/** "1.63 billion", "2 lakh", "one hundred thousand". */
export function applyMultipliers(tokens: Token[], read: NumberRead): NumberRead {
  let { value, to } = read;
  let multiplied = read.multiplied;
  let factor = 1;
  for (;;) {
    const next = lowerAt(tokens, to + 1);
    const m = next && WORD_MULTIPLIERS.has(next) ? MULTIPLIERS[next] : 0;
    if (!m) break;
    factor *= m;
    to++;
    multiplied = true;
  }
  if (factor !== 1) value = read.numeral ? parseDecimal(read.numeral, factor) : value * factor;
  return { ...read, value, to, multiplied, yearLike: read.yearLike && !multiplied };
}

/** Words that can start a number: digits, K/Rs before digits, number words, "a dozen", "half a million". */
export function mayStartNumber(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  // Most words cannot, as their first character shows.
  if (c < 128 && !MAY_START_NUMBER[c]) return false;
  if (isDigit(c)) return true;
  if (c === 75 || c === 82) return /^(?:K|Rs)\d/.test(token.text); // K50,000, Rs500
  const dash = token.key.indexOf('-');
  return NUMBER_STARTS.has(dash < 0 ? token.key : token.key.slice(0, dash));
}
