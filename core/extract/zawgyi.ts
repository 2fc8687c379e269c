import { BURMESE_DIGIT_ZERO, hasMyanmar, isBurmeseConsonant, isBurmeseDigit } from './tokens';

/**
 * Burmese text in the Zawgyi encoding, detected and converted to Unicode.
 *
 * Zawgyi is a font hack that many Burmese writers still type in: it reuses
 * the Myanmar code points for glyphs and stores text in visual order (the
 * vowel ေ and the medial ra ြ before the consonant they follow when read).
 * Read as Unicode it is garbage: no word of our tables matches, digits glued
 * to letters become figures. Google's myanmar-tools detects it with a Markov
 * model (~26 KB gzipped, too big for the content script); the rules below
 * cover the common cases in a few hundred bytes.
 */

/** Signs that only Zawgyi text shows (each a regular expression counted over the text). */
const ZAWGYI_SIGNS = [
  // Stacked consonants, kinzi, short letters and marks Zawgyi puts in the Myanmar Extended range.
  /[\u105A\u1060-\u1097]/g,
  // Vowel ေ stored before its consonant: at a word start, or after a mark that ends a syllable.
  /(?:^|[^\u1000-\u102A\u103B-\u103F\u104E])\u1031/g,
  // Vowel ေ stored before a medial (Unicode stores medials first).
  /\u1031[\u103A-\u103D]/g,
  // U+1039 is Zawgyi's asat; in Unicode it only stacks a consonant under another.
  /\u1039(?![\u1000-\u1021])/g,
  // Zawgyi's long forms of the vowels u and uu (Mon letters in Unicode).
  /[\u1033\u1034]/g,
  // U+103A is Zawgyi's medial ya, which vowels follow; Unicode's asat comes after every vowel.
  /\u103A[\u102B-\u1032\u1036]/g,
];
/** Signs of Unicode: asat before visarga, medial ha and great sa, kinzi (none of them exist as such in Zawgyi). */
const UNICODE_SIGNS = [/\u103A\u1038/g, /[\u103E\u103F]/g, /\u1004\u103A\u1039/g];

function count(text: string, signs: RegExp[]): number {
  let n = 0;
  for (const re of signs) n += text.match(re)?.length ?? 0;
  return n;
}

/** Whether Burmese text is more likely Zawgyi than Unicode (text without Burmese letters never is). */
export function isZawgyi(text: string): boolean {
  if (!hasMyanmar(text)) return false;
  const zawgyi = count(text, ZAWGYI_SIGNS);
  return zawgyi > 0 && zawgyi > count(text, UNICODE_SIGNS);
}

/**
 * Where Unicode stores each mark of a syllable, after its consonant (Unicode
 * Technical Note #11): kinzi, consonant, stacked consonant, medials y r w h,
 * vowel e, aa, i/ii/ai, u/uu, anusvara, dot below, asat, visarga.
 */
const KINZI = '\u1004\u103A\u1039';
/** One Unicode piece of a Zawgyi character and its rank in the syllable ('' keeps the character). */
type Piece = [text: string, rank: number];
const PIECES: Record<string, Piece[]> = {};
const put = (chars: string, pieces: Piece[]) => {
  for (const c of chars) PIECES[c] = pieces;
};
put('\u1031', [['', 6]]); // vowel e, typed before the consonant
put('\u103B\u107E\u107F\u1080\u1081\u1082\u1083\u1084', [['\u103C', 3]]); // medial ra and its wider forms, typed before the consonant
put('\u103A\u107D', [['\u103B', 2]]); // medial ya
put('\u103C', [['\u103D', 4]]); // medial wa
put('\u103D\u1087', [['\u103E', 5]]); // medial ha
put('\u108A', [['\u103D', 4], ['\u103E', 5]]);
put('\u1088', [['\u103E', 5], ['\u102F', 9]]);
put('\u1089', [['\u103E', 5], ['\u1030', 9]]);
put('\u102B\u102C', [['', 7]]);
put('\u102D\u102E\u1032', [['', 8]]);
put('\u102F\u1030', [['', 9]]);
put('\u1033', [['\u102F', 9]]);
put('\u1034', [['\u1030', 9]]);
put('\u1036', [['', 10]]);
put('\u1037\u1094\u1095', [['\u1037', 11]]);
put('\u1039', [['\u103A', 12]]); // Zawgyi's asat
put('\u1038', [['', 13]]);
put('\u105A', [['\u102B', 7], ['\u103A', 12]]);
put('\u1064', [[KINZI, -1]]);
put('\u108B', [[KINZI, -1], ['\u102D', 8]]);
put('\u108C', [[KINZI, -1], ['\u102E', 8]]);
put('\u108D', [[KINZI, -1], ['\u1036', 10]]);
put('\u108E', [['\u102D', 8], ['\u1036', 10]]);
put('\u1096', [['\u1039\u1010', 1], ['\u103D', 4]]);
// Stacked (lower) consonants: one code point each in Zawgyi, virama + consonant in Unicode.
const STACKED = '\u1060\u1000 \u1061\u1001 \u1062\u1002 \u1063\u1003 \u1065\u1005 \u1066\u1006 \u1067\u1006 \u1068\u1007 \u1069\u1008 \u106C\u100B \u106D\u100C \u1070\u100F \u1071\u1010 \u1072\u1010 \u1073\u1011 \u1074\u1011 \u1075\u1012 \u1076\u1013 \u1077\u1014 \u1078\u1015 \u1079\u1016 \u107A\u1017 \u107B\u1018 \u1093\u1018 \u107C\u1019 \u1085\u101C';
for (const pair of STACKED.split(' ')) put(pair[0], [['\u1039' + pair[1], 1]]);
/** Letters Zawgyi writes with a code point of their own, and the Unicode they stand for. */
const LETTERS: Record<string, string> = {
  '\u106A': '\u1009', '\u106B': '\u100A', '\u108F': '\u1014', '\u1090': '\u101B', '\u1086': '\u103F',
  '\u1091': '\u100F\u1039\u100D', '\u1092': '\u100B\u1039\u100C', '\u1097': '\u100B\u1039\u100B',
  '\u106E': '\u100D\u1039\u100D', '\u106F': '\u100D\u1039\u100E',
};
/** Digits typed for the letters they look like, by the digit's value: zero for wa, seven for ra. */
const DIGIT_LETTERS: Record<number, string> = { 0: '\u101D', 7: '\u101B' };

const isPre = (c: string | undefined) => c === '\u1031' || (!!c && PIECES[c]?.[0][1] === 3);
const isMark = (c: string | undefined) => !!c && c in PIECES && !isPre(c);
const isLetter = (c: string) => /[\u1000-\u102A\u103F\u104C-\u104F]/.test(c) || c in LETTERS;

/** A stretch of the converted text whose characters do not line up one to one with the source. */
export interface Chunk {
  from: number;
  to: number;
  outFrom: number;
  outTo: number;
}

export interface Conversion {
  text: string;
  /** Reordered or resized stretches, in order; everything between them maps one to one. */
  chunks: Chunk[];
}

interface Unit {
  text: string;
  rank: number;
  /** Index of the source character in the syllable. */
  from: number;
}

/** Zawgyi text as Unicode, syllable by syllable, with the map back to the source offsets. */
export function zawgyiToUnicode(source: string): Conversion {
  const out: string[] = [];
  const chunks: Chunk[] = [];
  let length = 0;
  let i = 0;
  while (i < source.length) {
    // A syllable in visual order: marks typed before the consonant, the consonant, the marks after it.
    const start = i;
    const units: Unit[] = [];
    while (isPre(source[i])) units.push(...unitsOf(source[i], i++ - start));
    const letter = letterAt(source, i);
    if (letter) {
      units.push({ text: letter, rank: 0, from: i++ - start });
      while (isMark(source[i])) units.push(...unitsOf(source[i], i++ - start));
    }
    if (i === start) i++; // anything else stands for itself
    const src = source.slice(start, i);
    // Without a consonant there is nothing to reorder around: marks stay as typed.
    const ordered = letter ? units.sort((a, b) => a.rank - b.rank) : units;
    const text = units.length ? ordered.map((u) => u.text).join('').replace('\u1025\u102E', '\u1026') : src;
    const oneToOne = text.length === src.length && ordered.every((u, k) => u.from === k && u.text.length === 1);
    if (!oneToOne) chunks.push({ from: start, to: i, outFrom: length, outTo: length + text.length });
    out.push(text);
    length += text.length;
  }
  return { text: out.join(''), chunks };
}

function unitsOf(c: string, from: number): Unit[] {
  return PIECES[c].map(([text, rank]) => ({ text: text || c, rank, from }));
}

/** The Unicode letter a syllable starts with at i, or null if none does. */
function letterAt(source: string, i: number): string | null {
  const c = source[i];
  if (c === undefined) return null;
  if (c === '\u1025' && source[i + 1] === '\u1039') return '\u1009'; // ဥ + asat is the letter ဉ
  if (c === '\u1044' && source.startsWith('\u1004\u1039\u1038', i + 1)) return '\u104E'; // ၄င္း for ၎င္း
  if (isLetter(c)) return LETTERS[c] ?? c;
  const digitLetter = DIGIT_LETTERS[c.charCodeAt(0) - BURMESE_DIGIT_ZERO];
  return digitLetter && digitIsLetter(source, i) ? digitLetter : null;
}

/** A zero or seven among letters, away from other digits, is the letter it looks like. */
function digitIsLetter(source: string, i: number): boolean {
  const prev = source[i - 1];
  const next = source[i + 1];
  if (isBurmeseDigit(source.charCodeAt(i - 1)) || isBurmeseDigit(source.charCodeAt(i + 1))) return false;
  const afterBurmese = !!prev && (isLetter(prev) || isMark(prev));
  return isPre(prev) || isMark(next) || (afterBurmese && isPre(next)) || (source.charCodeAt(i) === BURMESE_DIGIT_ZERO && isBurmeseConsonant(source.charCodeAt(i + 1)));
}

/** Source offsets of a span of the converted text; an edge inside a reordered stretch widens to the whole stretch. */
export function sourceSpan(conversion: Conversion, start: number, end: number): { start: number; end: number } {
  return { start: toSource(conversion.chunks, start, start), end: end > start ? toSource(conversion.chunks, end, end - 1, true) : toSource(conversion.chunks, end, end) };
}

/** Source offset of position `at`, judged by the character at `char` (the one it starts, or for an end the one it closes). */
function toSource(chunks: Chunk[], at: number, char: number, isEnd = false): number {
  // The last chunk starting at or before `char` (binary search: a paragraph may hold thousands).
  let lo = 0;
  let hi = chunks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid].outFrom <= char) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return at;
  const c = chunks[found];
  if (char < c.outTo) return isEnd ? c.to : c.from;
  return c.to + (at - c.outTo);
}

/** Text as Unicode: Zawgyi converted, anything else unchanged. */
export function toUnicode(text: string): string {
  return isZawgyi(text) ? zawgyiToUnicode(text).text : text;
}
