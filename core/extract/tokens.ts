/**
 * Word tokens with their offsets, shared by the people and figure finders.
 * A token is a word or number (letters, marks and digits joined by inner
 * hyphens and apostrophes, digits joined by "," or "."), a dotted
 * abbreviation ("U.S.", "a.m."), a run of Burmese digits (kept apart from
 * Burmese letters, which are written without spaces), or one other
 * non-space character.
 *
 * Speed: this runs over every character of the article on every page, most
 * often cold (before the JIT has seen it). A regular expression with Unicode
 * property classes (\p{L}) costs up to a millisecond to build its tables (when
 * the function holding it is first compiled, even if it never runs), so the
 * tokenizer and the word tests below read character classes from a table
 * (Latin-1) or a per-code-point cache instead, and most words are matched by
 * one ASCII pattern.
 */

export interface Token {
  text: string;
  /** wordKey(text), computed once: every table lookup uses it. */
  key: string;
  start: number;
  end: number;
  /** Whether the word begins with a capital (isCapitalised(text)), computed once: every finder asks. */
  cap: boolean;
  /** Whether the word begins with a letter (startsWithLetter(text)). */
  letter: boolean;
}

/** Character classes, as bits: \p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N} and \s of the tokenizer's rules. */
export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const MARK = 8;
export const NUMBER = 16;
export const SPACE = 32;

/** Classes of Latin-1 (U+0000–U+00FF), by table. */
const LATIN1_CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7); // A–Z, À–Þ but ×
  const lower = (c >= 97 && c <= 122) || (c >= 0xdf && c !== 0xf7) || c === 0xb5; // a–z, ß–ÿ but ÷, µ
  if (upper) LATIN1_CLASS[c] = LETTER | UPPER;
  else if (lower) LATIN1_CLASS[c] = LETTER | LOWER;
  else if (c === 0xaa || c === 0xba) LATIN1_CLASS[c] = LETTER; // ª º
  else if ((c >= 48 && c <= 57) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe)) LATIN1_CLASS[c] = NUMBER; // 0–9 ² ³ ¹ ¼ ½ ¾
  else if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) LATIN1_CLASS[c] = SPACE;
}
/**
 * Classes of the other code points met so far. Typographic punctuation common
 * in English text is known in advance (none of the classes), so that an
 * English page never compiles CLASS_RE at all.
 */
const CLASS_CACHE = new Map<number, number>();
for (const ch of '’‘“”—–…‐‑•·«»€£¥₹©®°×') CLASS_CACHE.set(ch.charCodeAt(0), 0);
/**
 * One code point's class (Unicode general categories do not overlap; \s is Zs
 * and a few controls). Built from a string on first need: a regular expression
 * literal with \p{…} costs its Unicode tables when the function holding it is
 * parsed, even if it never runs.
 */
let CLASS_RE: RegExp | undefined;

/** The class bits of code point `cp`. */
export function classOf(cp: number): number {
  if (cp < 256) return LATIN1_CLASS[cp];
  let cls = CLASS_CACHE.get(cp);
  if (cls === undefined) {
    CLASS_RE ??= new RegExp('^(?:(\\p{Lu})|(\\p{Ll})|(\\p{L})|(\\p{M})|(\\p{N})|(\\s))$', 'u');
    const m = CLASS_RE.exec(String.fromCodePoint(cp));
    cls = !m ? 0 : m[1] ? LETTER | UPPER : m[2] ? LETTER | LOWER : m[3] ? LETTER : m[4] ? MARK : m[5] ? NUMBER : SPACE;
    CLASS_CACHE.set(cp, cls);
  }
  return cls;
}

/** Class bits of one UTF-16 unit: a surrogate half is none of the classes (as a /u regular expression tests text[i]). */
export function unitClass(c: number): number {
  return c >= 0xd800 && c <= 0xdfff ? 0 : classOf(c);
}

/** Class bits of the code point at i, as a /u regular expression reads it (0 past the end; a lone surrogate is none of the classes). */
export function classAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 256) return LATIN1_CLASS[c];
  return unitClass(s.codePointAt(i)!);
}

/** UTF-16 length of the code point at i. */
export function widthAt(s: string, i: number): number {
  return s.codePointAt(i)! > 0xffff ? 2 : 1;
}

/**
 * Digits and Burmese text, by UTF-16 unit: the one place their code points
 * are written. Numbers are written in ASCII or Burmese digits (၀–၉).
 */
export const BURMESE_DIGIT_ZERO = 0x1040;
export const isBurmeseDigit = (c: number): boolean => c >= BURMESE_DIGIT_ZERO && c <= BURMESE_DIGIT_ZERO + 9;
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A digit of either script. */
export const isDigit = (c: number): boolean => isAsciiDigit(c) || isBurmeseDigit(c);
/** One digit of either script, as regular-expression source (for numeral patterns). */
export const DIGIT_PATTERN = '[0-9\\u1040-\\u1049]';
/** The Myanmar block (U+1000–U+109F): Burmese letters, marks, digits and punctuation. */
export const isMyanmar = (c: number): boolean => c >= 0x1000 && c <= 0x109f;
/** Any character of the Myanmar block in the text (a native search). */
const MYANMAR_SEARCH = /[\u1000-\u109F]/;
export const hasMyanmar = (text: string): boolean => MYANMAR_SEARCH.test(text);
/** A Burmese consonant (က–အ, U+1000–U+1021). */
export const isBurmeseConsonant = (c: number): boolean => c >= 0x1000 && c <= 0x1021;
/** Burmese text of a word: the Myanmar block but its digits and its punctuation ၊ ။ (U+1040–U+104B). */
export const isBurmeseWordText = (c: number): boolean => isMyanmar(c) && !(c >= BURMESE_DIGIT_ZERO && c <= 0x104b);

/**
 * Asat (U+103A) makes the consonant before it a syllable's final (Unicode
 * stores the dot below U+1037 between them: "င့်"); virama (U+1039) stacks
 * the next consonant under it.
 */
const ASAT = 0x103a;
const VIRAMA = 0x1039;
const DOT_BELOW = 0x1037;
/** The letters (\p{L}) of the Myanmar block, by table: the syllable breaker asks for every character of Burmese text. */
const MYANMAR_LETTERS = new Uint8Array(0xa0);
for (const [from, to] of [[0x1000, 0x102a], [0x103f, 0x103f], [0x1050, 0x1055], [0x105a, 0x105d], [0x1061, 0x1061], [0x1065, 0x1066], [0x106e, 0x1070], [0x1075, 0x1081], [0x108e, 0x108e]]) {
  MYANMAR_LETTERS.fill(1, from - 0x1000, to - 0x1000 + 1);
}
/**
 * Whether a Burmese syllable starts at i: a Myanmar letter (a consonant or an
 * independent vowel; vowel signs, medials and tone marks are marks) that no
 * asat or virama follows and no virama precedes. This is the rule of the
 * widely used sylbreak regular expression (Ye Kyaw Thu), read by class:
 * "မင်းအောင်လှိုင်" is မင်း|အောင်|လှိုင်, "ဥက္ကဋ္ဌ" one syllable.
 */
export function startsBurmeseSyllable(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (!isMyanmar(c) || !MYANMAR_LETTERS[c - 0x1000]) return false;
  let next = s.charCodeAt(i + 1);
  if (next === DOT_BELOW) next = s.charCodeAt(i + 2);
  return next !== ASAT && next !== VIRAMA && s.charCodeAt(i - 1) !== VIRAMA;
}

/** Whether every unit of the word is a Burmese digit ("၁၂", not "၁၂,၀၀၀"). */
export function isBurmeseDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isBurmeseDigit(word.charCodeAt(i))) return false;
  return word.length > 0;
}

/** Letters, marks and digits other than Burmese digits: what a word is made of. */
const WORD_CLASSES = LETTER | MARK | NUMBER;
function isWordAt(s: string, i: number): boolean {
  return (classAt(s, i) & WORD_CLASSES) !== 0 && !isBurmeseDigit(s.charCodeAt(i));
}

/** End of the word characters from i. */
function wordCharsEnd(s: string, i: number): number {
  while (i < s.length && isWordAt(s, i)) i += widthAt(s, i);
  return i;
}

/** Inner joiners of a word: hyphens and apostrophes (any letter may follow), "," and "." (a digit must). */
const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const UNICODE_HYPHEN = 0x2010;

/** End of the token at i, by the rules at the top of the file, in their order. */
function tokenEnd(s: string, i: number, c: number): number {
  const n = s.length;
  // Burmese digits, with "," and "." between groups ("၁၂,၀၀၀").
  if (isBurmeseDigit(c)) {
    let j = i + 1;
    for (;;) {
      while (j < n && isBurmeseDigit(s.charCodeAt(j))) j++;
      const d = s.charCodeAt(j);
      if ((d === 44 || d === 46) && isBurmeseDigit(s.charCodeAt(j + 1))) j += 2;
      else return j;
    }
  }
  const cls = classAt(s, i);
  const dotted = cls & LETTER ? dottedEnd(s, i) : -1;
  if (dotted >= 0) return dotted;
  if (!(cls & WORD_CLASSES)) return i + widthAt(s, i);
  let j = wordCharsEnd(s, i);
  for (;;) {
    const d = s.charCodeAt(j);
    const joiner = d === HYPHEN || d === APOSTROPHE || d === RIGHT_QUOTE || d === UNICODE_HYPHEN;
    const decimal = (d === 44 || d === 46) && (classAt(s, j + 1) & NUMBER) !== 0;
    if (!(joiner || decimal) || !isWordAt(s, j + 1)) return j;
    j = wordCharsEnd(s, j + 1);
  }
}

/** End of two or more letter-dot pairs from i, a dotted abbreviation ("U.S.", "a.m."; capitals only when `capitals`: "R.A."), or -1. */
export function dottedEnd(s: string, i: number, capitals = false): number {
  const letter = capitals ? UPPER : LETTER;
  let j = i;
  let pairs = 0;
  while (classAt(s, j) & letter) {
    const w = widthAt(s, j);
    if (s.charCodeAt(j + w) !== 46) break;
    j += w + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** One capital letter and nothing else (an initial: "K." in "Sergey K. Shoygu"). */
export function isSingleCapital(word: string): boolean {
  return word.length === widthAt(word, 0) && isCapitalised(word);
}

/**
 * The same rules for words of ASCII letters and digits (with ’ and ‐ as
 * joiners), as one native pattern: most tokens of an English article. Sticky,
 * so it is tried only where a token starts.
 */
const ASCII_WORD = /(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:(?:[-'’‐]|[.,](?=[0-9]))[A-Za-z0-9]+)*/y;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // Keys are cut from the lower-cased paragraph, lower-cased once. Lower-casing can change the
  // length (İ, the one letter that grows) or depend on the neighbours (final Σ): then each word
  // is lower-cased by itself.
  const lower = text.toLowerCase();
  const sameKeys = lower.length === n && !text.includes('Σ') && !text.includes('İ');
  // Next "." or "’" at or after i, which a key drops or straightens.
  let dot = -1;
  let quote = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end = i + 1;
    let cls: number;
    if (c < 128) {
      cls = LATIN1_CLASS[c];
      if (cls & SPACE) {
        i++;
        continue;
      }
      if (cls & (LETTER | NUMBER)) {
        ASCII_WORD.lastIndex = i;
        ASCII_WORD.test(text);
        end = ASCII_WORD.lastIndex;
        // A non-ASCII letter, mark or digit may go on with the word (or after a joiner): read it by the full rules.
        const d = text.charCodeAt(end);
        if (d > 127 || ((d === HYPHEN || d === APOSTROPHE || d === 44 || d === 46) && text.charCodeAt(end + 1) > 127)) end = tokenEnd(text, i, c);
      }
    } else {
      cls = c < 0xd800 || c > 0xdfff ? classOf(c) : classAt(text, i);
      if (cls & SPACE) {
        i++;
        continue;
      }
      // Punctuation (’ “ ” —) is a token of one character; anything else is read by the full rules.
      if (cls || (c >= 0xd800 && c <= 0xdfff)) end = tokenEnd(text, i, c);
    }
    const word = text.slice(i, end);
    let key: string;
    if (sameKeys) {
      if (dot < i) dot = (dot = text.indexOf('.', i)) < 0 ? n : dot;
      if (quote < i) quote = (quote = text.indexOf('’', i)) < 0 ? n : quote;
      // A word already in lower case is its own key (most words): no second string.
      if (dot < end || quote < end) key = end - i > 1 ? wordKey(word) : c === 46 ? '' : "'"; // "." and "’" alone
      else key = lower.startsWith(word, i) ? word : lower.slice(i, end);
    } else key = wordKey(word);
    tokens.push({ text: word, key, start: i, end, cap: (cls & UPPER) !== 0, letter: (cls & LETTER) !== 0 });
    i = end;
  }
  return tokens;
}

/** Whether the word begins with an upper-case letter (\p{Lu}). */
export const isCapitalised = (word: string): boolean => (classAt(word, 0) & UPPER) !== 0;
/** Whether the word begins with a letter (\p{L}). */
export const startsWithLetter = (word: string): boolean => (classAt(word, 0) & LETTER) !== 0;
/** Whether the word begins with a digit of any script (\p{N}). */
export const startsWithNumber = (word: string): boolean => (classAt(word, 0) & NUMBER) !== 0;

/** Whether the text holds a letter or a digit of any script ([\p{L}\p{N}]). */
export function hasLetterOrNumber(text: string): boolean {
  for (let i = 0; i < text.length; i += widthAt(text, i)) if (classAt(text, i) & (LETTER | NUMBER)) return true;
  return false;
}

/** Whether every code point of the word is a letter (\p{L}+). */
export function isLetters(word: string): boolean {
  for (let i = 0; i < word.length; i += widthAt(word, i)) if (!(classAt(word, i) & LETTER)) return false;
  return word.length > 0;
}

/** Whether any letter of the word is lower case (\p{Ll}). */
export function hasLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c < 256 ? LATIN1_CLASS[c] : classAt(word, i)) & LOWER) return true;
    if (c >= 0xd800 && c <= 0xdbff && (word.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++; // the rest of a surrogate pair (classAt read it whole)
  }
  return false;
}

/** Two or more capitals and no lower case: an acronym ("NLD", "KNU", "VI"); also a capital then a digit ("F16"). */
export function isAcronym(word: string): boolean {
  let capitals = 0;
  let count = 0;
  let capitalThenDigit = false;
  let previousCapital = false;
  for (let i = 0; i < word.length; i += widthAt(word, i), count++) {
    const c = word.charCodeAt(i);
    const cls = classAt(word, i);
    if (cls & UPPER) {
      capitals++;
      previousCapital = true;
      continue;
    }
    if (cls & NUMBER) capitalThenDigit ||= previousCapital;
    else if (c !== 38 && c !== 46 && c !== 45) return false; // & . -
    previousCapital = false;
  }
  return count >= 2 && (capitals >= 2 || capitalThenDigit);
}

/** Lower case, no dots, curly apostrophes straightened: the key used in every table. */
export function wordKey(word: string): string {
  let key = word.toLowerCase();
  if (key.includes('’')) key = key.replaceAll('’', "'");
  if (key.includes('.')) key = key.replaceAll('.', '');
  return key;
}

/** Whether the word ends in a possessive "’s" or "'s" after a letter ("Hlaing’s", not "’s" alone). */
export function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115) return false; // s
  const q = word.charCodeAt(n - 2);
  if (q !== APOSTROPHE && q !== RIGHT_QUOTE) return false;
  // The letter before may be the second half of a surrogate pair.
  const last = word.charCodeAt(n - 3);
  const at = last >= 0xdc00 && last <= 0xdfff && n >= 4 && word.charCodeAt(n - 4) >= 0xd800 && word.charCodeAt(n - 4) <= 0xdbff ? n - 4 : n - 3;
  return (classAt(word, at) & LETTER) !== 0;
}
