import type { Token } from '../tokens';
import { isBurmeseWordText, startsBurmeseSyllable } from '../tokens';

/**
 * Burmese is written without spaces between words: a space separates phrases,
 * and a name, its title and its particles are often one run of letters
 * ("ဗိုလ်ချုပ်ဇော်မင်းထွန်းက"). Word splitting would need a dictionary of
 * every name; instead the Burmese readers work on syllables, which a rule
 * finds (startsBurmeseSyllable in ../tokens.ts: consonant + medials + vowels
 * + asat and tone marks, the regular-expression syllable breaker most Burmese
 * tools use), and match their word tables syllable by syllable. A table
 * entry matches only where a syllable starts and ends, so ကျပ် (kyat) is
 * never found inside ကျပ်သား (a tical), nor တန် (ton) inside တန်း (grade).
 */

/** A token of Burmese text cut into syllables: `bounds` holds each syllable's start and, last, the token's end. */
export interface Syllables {
  text: string;
  bounds: number[];
}

/** Whether the token is Burmese text (letters and marks; not digits, not punctuation). */
export function isBurmeseToken(t: Token | undefined): t is Token {
  return t !== undefined && isBurmeseWordText(t.text.charCodeAt(0)) && t.text !== '၌' && t.text !== '၏' && t.text !== '၍';
}

/** Syllables already cut, by token: the people and figure readers look at the same words again and again. */
const CUT = new WeakMap<Token, Syllables>();

/** The syllables of token `t` of a paragraph's text. */
export function syllablesOf(text: string, t: Token): Syllables {
  let s = CUT.get(t);
  if (!s) {
    const bounds = [t.start];
    for (let i = t.start + 1; i < t.end; i++) if (startsBurmeseSyllable(text, i)) bounds.push(i);
    bounds.push(t.end);
    CUT.set(t, (s = { text, bounds }));
  }
  return s;
}

/** How many syllables. */
export const count = (s: Syllables): number => s.bounds.length - 1;

/** The text of syllables [from, to). */
export const slice = (s: Syllables, from: number, to: number): string => s.text.slice(s.bounds[from], s.bounds[to]);

/**
 * A word table matched by syllables: each entry is a word or phrase written
 * without spaces, its syllable count found once at load.
 */
export class SyllableTable<T = true> {
  private readonly entries = new Map<string, T>();
  /** The first and the last syllable of every entry: most syllables start or end none, and are passed over at one lookup. */
  private readonly firsts = new Set<string>();
  private readonly lasts = new Set<string>();
  private longest = 0;

  constructor(entries: readonly string[] | Record<string, T>) {
    const pairs: [string, T][] = Array.isArray(entries) ? entries.map((w) => [w, true as T]) : Object.entries(entries);
    for (const [word, value] of pairs) {
      this.entries.set(word, value);
      const bounds = syllableBounds(word);
      this.firsts.add(word.slice(0, bounds[1]));
      this.lasts.add(word.slice(bounds[bounds.length - 2]));
      this.longest = Math.max(this.longest, bounds.length - 1);
    }
  }

  /** The value of a whole word ('' and unknown words: undefined). */
  get(word: string): T | undefined {
    return this.entries.get(word);
  }

  /** The longest entry starting at syllable k: its value and the syllable after it. */
  startingAt(s: Syllables, k: number): { value: T; end: number } | null {
    const n = count(s);
    if (k >= n || !this.firsts.has(slice(s, k, k + 1))) return null;
    for (let len = Math.min(this.longest, n - k); len > 0; len--) {
      const value = this.entries.get(slice(s, k, k + len));
      if (value !== undefined) return { value, end: k + len };
    }
    return null;
  }

  /** The longest entry ending before syllable `end`: its value and first syllable. */
  endingAt(s: Syllables, end: number): { value: T; start: number } | null {
    if (end <= 0 || !this.lasts.has(slice(s, end - 1, end))) return null;
    for (let len = Math.min(this.longest, end); len > 0; len--) {
      const value = this.entries.get(slice(s, end - len, end));
      if (value !== undefined) return { value, start: end - len };
    }
    return null;
  }
}

/** Where each syllable of a word starts, and, last, its end. */
export function syllableBounds(word: string): number[] {
  const bounds = [0];
  for (let i = 1; i < word.length; i++) if (startsBurmeseSyllable(word, i)) bounds.push(i);
  bounds.push(word.length);
  return bounds;
}

/** Space-separated table words as a list (tables are compact strings, split once at load). */
export function words(list: string): string[] {
  return list.trim().split(/\s+/);
}
