import { BURMESE_DECIMAL_POINT, BURMESE_MULTIPLIERS, MULTIPLIERS, NUMBER_WORDS } from './tables/numbers';
import { BURMESE_DIGIT_ZERO, DIGIT_PATTERN, isBurmeseDigit, isBurmeseDigits, isDigit, type Token } from './tokens';

/**
 * Reads the number that starts at a token: digits ("4,705", "1.63", Burmese
 * "၁၂", "၇ ဒသမ ၄"), number words ("three", "twenty-five", "a dozen", "half a
 * million") and the multipliers after them ("billion", "lakh", "bn").
 */

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

/** Word multipliers that stand as tokens of their own (single letters like "m" only when glued to digits). */
const WORD_MULTIPLIERS = new Set(['hundred', 'thousand', 'lakh', 'lakhs', 'lac', 'million', 'mn', 'mln', 'crore', 'crores', 'billion', 'bn', 'trillion', 'tn']);
/** A numeral: digits, in groups of three after commas, maybe a decimal part ("4,705", "1.63", "၁၂,၀၀၀"). */
const DIGITS = new RegExp(`^${DIGIT_PATTERN}+(?:,${DIGIT_PATTERN}{3})*(?:\\.${DIGIT_PATTERN}+)?$`);
/** Four digits and nothing else, as a bare year is written. */
const FOUR_DIGITS = new RegExp(`^${DIGIT_PATTERN}{4}$`);

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
  if (isDigits(t.text)) read = readDigits(tokens, i);
  else read = readWords(tokens, i);
  if (!read) return null;
  return applyMultipliers(tokens, read);
}

function readDigits(tokens: Token[], i: number): NumberRead {
  const text = tokens[i].text;
  // ၇ ဒသမ ၄: the Burmese word for the decimal point between two groups of digits.
  if (tokens[i + 1]?.text === BURMESE_DECIMAL_POINT && tokens[i + 2] && isBurmeseDigits(tokens[i + 2].text)) {
    const numeral = `${text}.${tokens[i + 2].text}`;
    return { value: parseDecimal(numeral), from: i, to: i + 2, spelled: false, yearLike: false, multiplied: false, numeral };
  }
  const yearLike = FOUR_DIGITS.test(text);
  return { value: parseDecimal(text), from: i, to: i, spelled: false, yearLike, multiplied: false, numeral: text };
}

/** "three", "twenty-five", "three hundred", "a dozen", "half a million", "one million". */
function readWords(tokens: Token[], i: number): NumberRead | null {
  let k = i;
  if (lowerAt(tokens, k) === 'half' && lowerAt(tokens, k + 1) === 'a' && WORD_MULTIPLIERS.has(lowerAt(tokens, k + 2))) {
    return { value: 0.5 * MULTIPLIERS[lowerAt(tokens, k + 2)], from: i, to: k + 2, spelled: true, yearLike: false, multiplied: true };
  }
  if (lowerAt(tokens, k) === 'a' && (lowerAt(tokens, k + 1) === 'dozen' || WORD_MULTIPLIERS.has(lowerAt(tokens, k + 1)))) {
    const value = lowerAt(tokens, k + 1) === 'dozen' ? 12 : MULTIPLIERS[lowerAt(tokens, k + 1)];
    return { value, from: i, to: k + 1, spelled: true, yearLike: false, multiplied: lowerAt(tokens, k + 1) !== 'dozen' };
  }
  let total = 0;
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
  total += current;
  return { value: total, from: i, to: k - 1, spelled: true, yearLike: false, multiplied: false };
}

/** "1.63 billion", "2 lakh", "one hundred thousand"; also Burmese သိန်း/သန်း after the digits. */
function applyMultipliers(tokens: Token[], read: NumberRead): NumberRead {
  let { value, to } = read;
  let multiplied = read.multiplied;
  let factor = 1;
  for (;;) {
    const next = tokens[to + 1]?.text.toLowerCase();
    const m = next && (WORD_MULTIPLIERS.has(next) ? MULTIPLIERS[next] : BURMESE_MULTIPLIERS[next]);
    if (!m) break;
    factor *= m;
    to++;
    multiplied = true;
  }
  if (factor !== 1) value = read.numeral ? parseDecimal(read.numeral, factor) : value * factor;
  return { ...read, value, to, multiplied, yearLike: read.yearLike && !multiplied };
}
