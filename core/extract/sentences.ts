import { MONTH_ABBREVIATIONS } from './tables/calendar';
import { TITLE_ABBREVIATIONS } from './tables/titles';
import { dottedEnd, isMyanmar, isSingleCapital, LETTER, NUMBER, SPACE, unitClass, UPPER } from './tokens';

/**
 * Sentence boundaries with offsets, in one pass over the text. English ends
 * a sentence with . ! ? followed by space and a capital, a digit or a quote,
 * except after abbreviations (Gen., Dr., No., Feb.) and initials
 * ("Sergey K. Shoygu"); Burmese ends one with ။ (the comma-like ၊ never does).
 */

export interface Sentence {
  start: number;
  end: number;
}

/** Abbreviations that a period does not end a sentence after (lower case, without the final dot). */
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS.split(' '),
  ...MONTH_ABBREVIATIONS,
  ...'hon gov sen rep no nos vol tues wed thurs fri sat u.s u.k u.n e.g i.e vs approx est dept govt co corp inc ltd mt ft fig p pp'.split(' '),
]);
/** Abbreviations that do end a sentence when a capital follows ("at 4 a.m. The …"). */
const FINAL_ABBREVIATIONS = new Set(['a.m', 'p.m', 'etc', 'ltd', 'inc', 'co']);

/** Sentence ends: . ! ? … and the Burmese full stop ။. Found by a native search, not a loop over every character. */
const TERMINATOR_SEARCH = /[.!?…။]/g;
const BURMESE_FULL_STOP = 0x104b;
/** Characters that may open a sentence besides capitals and digits: quotes, brackets and the Myanmar block. */
const OPENERS = new Set([34, 0x201c, 0x2018, 39, 40, 91]); // " “ ‘ ' ( [

const isTerminator = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === BURMESE_FULL_STOP;
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 0xbb; // " ” ’ ' ) ] »
/** \s, for one UTF-16 unit. */
const isSpace = (c: number) => (unitClass(c) & SPACE) !== 0;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  const n = text.length;
  TERMINATOR_SEARCH.lastIndex = start;
  while (TERMINATOR_SEARCH.test(text)) {
    const i = TERMINATOR_SEARCH.lastIndex - 1;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < n && isTerminator(text.charCodeAt(j))) j++;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j)) && c !== BURMESE_FULL_STOP) continue; // "1.5", "U.S", "Yahoo!Inc"
    const next = skipSpace(text, j);
    const word = c === 46 ? wordBefore(text, i) : '';
    if (next < n && c !== BURMESE_FULL_STOP && !startsSentence(text, next, word, text.charCodeAt(i - word.length - 1) === 45)) {
      TERMINATOR_SEARCH.lastIndex = j;
      continue;
    }
    sentences.push({ start, end: j });
    start = next;
    TERMINATOR_SEARCH.lastIndex = next;
  }
  if (start < n) sentences.push({ start, end: trimEnd(text, n) });
  return sentences;
}

/** Whether a sentence may begin at `at`, given the word that ended with a period (or '') and whether a hyphen joins it to the word before. */
function startsSentence(text: string, at: number, word: string, hyphenated = false): boolean {
  const c = text.charCodeAt(at);
  const cls = unitClass(c);
  const upper = (cls & (UPPER | NUMBER)) !== 0 || OPENERS.has(c) || isMyanmar(c);
  if (!upper) return false;
  if (!word) return true;
  const key = word.toLowerCase();
  if (FINAL_ABBREVIATIONS.has(key)) return (cls & UPPER) !== 0;
  if (ABBREVIATIONS.has(key)) return false;
  // An initial: one capital letter ("K." in "Sergey K. Shoygu"; not the end of a hyphenated word, "Mrauk-U."), or a dotted acronym ("U.S.").
  return !(isSingleCapital(word) && !hyphenated) && dottedEnd(`${word}.`, 0) !== word.length + 1;
}

/** The letters (and inner dots) just before position `i`. Bounded by word length, so the pass stays linear. */
function wordBefore(text: string, i: number): string {
  let k = i;
  while (k > 0 && i - k < 12 && (text.charCodeAt(k - 1) === 46 || unitClass(text.charCodeAt(k - 1)) & LETTER)) k--;
  return text.slice(k, i);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
