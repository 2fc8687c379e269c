import type { AnalysedParagraph } from '../analyse';
import { lookup } from '../tables/lookup';
import { MEASURE_UNITS, SCALE_UNITS, TIME_UNITS } from '../tables/units';
import { wordSet } from '../tables/words';
import { SPEECH_VERBS } from '../tables/roles';
import { hasLowerCase, isAsciiDigit, isCapitalised, isLetters, type Token } from '../tokens';
import type { FigureKind } from '../types';
import { nounAt, unitText } from './counted';
import { hasLeadingZero, isMonth, isOrdinalSuffix, isTimeOfDay, isYear, unitNamesThing } from './exclusions';
import type { Reading } from './found';
import { classify } from './measures';
import { currencyBefore, currencyOfSign, currencyOfWord } from './money';
import { applyMultipliers, isDigits, lowerAt, MULTIPLIERS, NUMBER_WORDS, numeralRead, parseDecimal, readNumber } from './numbers';

/**
 * Figures written as one token with more than a number in it: two numbers
 * ("30,000-40,000"), a number and a word ("20-year", "three-day", "2,400-km",
 * "a 2,000-strong force"), or a currency, digits and a suffix ("K50,000",
 * "5bn", "30km", "26%").
 */

/** "30,000-40,000", "10-15": two numbers in one token. */
const NUMBER_SPAN = /^([0-9][0-9,]*(?:\.[0-9]+)?)[-‐]([0-9][0-9,]*(?:\.[0-9]+)?)$/;
/** "20-year", "three-day", "2,400-km": a number and a word, for ASCII words (where \p{L}\p{N} are a–z and 0–9 and the hyphen is "-"). */
const ASCII_HYPHENATED = /^([0-9][0-9,.]*|[a-z]+)-([a-z0-9-]+)$/i;
/**
 * The same for any word: built from a string on first need (a \p{…} literal
 * costs its Unicode tables whenever it is parsed).
 */
let HYPHENATED: RegExp | undefined;
/** "K50,000", "Rs500", "5bn", "26%": currency, digits and a suffix in one token. */
const GLUED = /^(K|Rs)?([0-9][0-9,]*(?:\.[0-9]+)?)([a-z%]*)$/i;
/**
 * A single capital glued to digits that is no multiplier names a generation,
 * dimension or grade ("4G", "5G", "3D", "2D"), as technology and rating
 * names are written: an identifier, never a unit ("4g" would be grams).
 */
const GLUED_IDENTIFIER = /^[A-Z]$/;
/** Most words of the noun phrase a compound describes ("township hospital"). */
const MAX_DESCRIBED_WORDS = 2;
/** Words that end the noun phrase a compound describes (English function words). */
const NOUN_PHRASE_STOPS = wordSet('and or of in on at to for from with by as that which who whose where when than is are was were be has have had will would said says');

/** Hyphenated descriptions that count strength ("a 2,000-strong force", "a 500-member militia"): how the press sizes armed groups. */
const STRENGTH_WORDS = wordSet('strong man member');
/**
 * Nouns that a hyphenated number counts when it describes the size of a
 * chamber, plan, body or building ("the 440-seat lower house", "a 10-point
 * list", "a 50-bed hospital", "the 10-nation bloc"), with their plural, the
 * unit reported (facts-spec: counts; dev gold 01 and 02 count "10-nation"
 * and "five-point").
 */
const SIZE_NOUNS: Record<string, string> = lookup({
  seat: 'seats', point: 'points', bed: 'beds', nation: 'nations', country: 'countries', party: 'parties',
  storey: 'storeys', story: 'stories', room: 'rooms', page: 'pages',
});

/** The figures of a compound token at i; null when the token is none (then it is read as a plain number). */
export function compoundAt(p: AnalysedParagraph, i: number): Reading | null {
  const word = p.tokens[i].text;
  const c = word.charCodeAt(0);
  const digit = isAsciiDigit(c);
  // The patterns are tried only on words that could match them (they are costly to compile and run).
  const hyphenated = word.includes('-') || word.includes('‐');
  const span = digit && hyphenated ? NUMBER_SPAN.exec(word) : null;
  if (span) return numberSpan(p, i, span[1], span[2]);
  const hyphen = hyphenated ? splitHyphenated(word) : null;
  if (hyphen && !isSpelledCompound(word) && (isDigits(hyphen[1]) || hyphen[1].toLowerCase() in NUMBER_WORDS)) {
    // "the bloc’s Five-Point Consensus": a compound in title case before a capitalised word is part of a name.
    if (isCapitalised(hyphen[2]) && hasLowerCase(hyphen[2]) && p.tokens[i + 1]?.cap) return none(i);
    return hyphenatedFigure(p, i, hyphen[1], hyphen[2]);
  }
  const glued = digit || c === 75 || c === 82 ? GLUED.exec(word) : null; // K50,000, Rs500 (the only letters numbers.ts lets start a number)
  if (glued && (glued[1] || glued[3])) return gluedFigure(p, i, glued[1] ?? '', glued[2], glued[3]);
  return null;
}

function splitHyphenated(word: string): RegExpExecArray | null {
  const ascii = /^[\0-\x7f]*$/.test(word);
  return (ascii ? ASCII_HYPHENATED : (HYPHENATED ??= new RegExp('^([0-9][0-9,.]*|[a-z]+)[-‐]([\\p{L}\\p{N}-]+)$', 'iu'))).exec(word);
}

/** "twenty-five": every part a number word (then it is read as one number, not as a hyphenated figure). */
function isSpelledCompound(word: string): boolean {
  return word.toLowerCase().split('-').every((part) => part in NUMBER_WORDS);
}

/** One figure that is the whole token i, or runs from it to token `to`. */
function single(i: number, kind: FigureKind, value: number, unit: string | null, to = i): Reading {
  return { found: [{ kind, value, unit, from: i, to }], next: to + 1 };
}

/**
 * Last token of the noun phrase a compound at i describes ("440-seat lower
 * house", "five-point peace plan"): up to MAX_DESCRIBED_WORDS lower-case
 * words, ending before a function word, a verb of saying or acting, a word
 * in -ed or -ing, a number or punctuation.
 */
function describedNounEnd(p: AnalysedParagraph, i: number): number {
  const t = p.tokens;
  let end = i;
  while (end - i < MAX_DESCRIBED_WORDS && isDescribedWord(t[end + 1]) && p.sentenceOf[end + 1] === p.sentenceOf[i]) end++;
  return end;
}

function isDescribedWord(token: Token | undefined): boolean {
  if (!token || token.cap || !isLetters(token.text)) return false;
  const { key } = token;
  return !NOUN_PHRASE_STOPS.has(key) && !SPEECH_VERBS.has(key) && !key.endsWith('ed') && !key.endsWith('ing');
}

/** No figure at token i: reading goes on after it. */
const none = (i: number): Reading => ({ found: [], next: i + 1 });

/**
 * "30,000-40,000 people", "10-15 percent": two figures with the kind and unit
 * of what follows. A span of years ("2017-18", "2005-2015") is no figure.
 */
function numberSpan(p: AnalysedParagraph, i: number, left: string, right: string): Reading {
  if (isYear(numeralRead(left, i)) || hasLeadingZero(left)) return none(i); // years, or a phone number: "09-451234567"
  const read = numeralRead(right, i);
  const withMultiplier = readNumber(p.tokens, i + 1) ? read : applyMultipliers(p.tokens, read);
  const found = classify(p, withMultiplier, true);
  if (!found) return none(i);
  const factor = withMultiplier.value / parseDecimal(right);
  return { found: [{ ...found, value: parseDecimal(left) * factor }, { ...found, value: withMultiplier.value }], next: found.to + 1 };
}

/** "20-year", "70-year-old", "2,400-km", "three-day", "2017-18" (a year span), "5-10". */
function hyphenatedFigure(p: AnalysedParagraph, i: number, left: string, right: string): Reading {
  const t = p.tokens;
  const digits = isDigits(left) ? numeralRead(left, i) : null;
  const value = digits ? digits.value : NUMBER_WORDS[left.toLowerCase()];
  const unitWord = right.toLowerCase().split('-')[0];
  if ((digits && isYear(digits)) || isMonth(t[i - 1]?.key ?? '') || isMonth(unitWord) || isTimeOfDay(unitWord)) return none(i);
  if (unitWord in TIME_UNITS) return single(i, 'duration', value, TIME_UNITS[unitWord]);
  const currency = currencyOfWord(unitWord);
  if (currency) return single(i, 'money', value, currency); // "a 15,600-kyat wage", "a five-dollar bill"
  if (unitWord in MEASURE_UNITS && unitWord.length > 1) {
    return unitNamesThing(MEASURE_UNITS[unitWord], t, i + 1) ? none(i) : single(i, 'quantity', value, MEASURE_UNITS[unitWord]);
  }
  if (unitWord in SCALE_UNITS) return single(i, 'quantity', value, SCALE_UNITS[unitWord]); // "a 5.9-magnitude quake"
  // "the 440-seat lower house": the text runs through what the compound describes (dev gold 01 "10-nation regional bloc"); "one-party state" names a kind.
  if (unitWord in SIZE_NOUNS && !(value === 1 && !digits)) return single(i, 'count', value, SIZE_NOUNS[unitWord], describedNounEnd(p, i));
  if (STRENGTH_WORDS.has(unitWord) && digits) {
    const noun = nounAt(p, i + 1, p.sentenceOf[i]);
    return noun >= 0 ? { found: [{ kind: 'count', value, unit: unitText(p, i + 1, noun), from: i, to: noun }], next: noun + 1 } : single(i, 'count', value, null);
  }
  return none(i);
}

/** "K50,000", "5bn", "30km", "26%" written as one token; "1990s" and "6th" are not figures. */
function gluedFigure(p: AnalysedParagraph, i: number, prefix: string, digits: string, suffix: string): Reading {
  const s = suffix.toLowerCase();
  if (isOrdinalSuffix(s) || isTimeOfDay(s) || (GLUED_IDENTIFIER.test(suffix) && !(s in MULTIPLIERS))) return none(i);
  const multiplier = s && s in MULTIPLIERS ? MULTIPLIERS[s] : 1;
  const value = parseDecimal(digits, multiplier);
  const sign = prefix ? null : currencyBefore(p.tokens, i);
  const currency = prefix ? currencyOfSign(prefix) : sign?.code;
  if (currency) {
    // "K2.5 billion": a multiplier word may still follow.
    const more = multiplier === 1 ? applyMultipliers(p.tokens, numeralRead(digits, i)) : { value, to: i };
    return single(sign?.start ?? i, 'money', more.value, currency, more.to);
  }
  if (multiplier !== 1) {
    const word = currencyOfWord(lowerAt(p.tokens, i + 1));
    return word ? single(i, 'money', value, word, i + 1) : none(i);
  }
  if (s === '%') return single(i, 'percent', value, 'percent');
  if (s in MEASURE_UNITS) return unitNamesThing(MEASURE_UNITS[s], p.tokens, i + 1) ? none(i) : single(i, 'quantity', value, MEASURE_UNITS[s]);
  return none(i);
}
