/**
 * Word tokens with their offsets, shared by the people and figure finders.
 * A token is a word or number (letters, marks and digits joined by inner
 * hyphens and apostrophes, digits joined by "," or "."), a dotted
 * abbreviation ("U.S.", "a.m."), a run of Burmese digits (kept apart from
 * Burmese letters, which are written without spaces), or one other
 * non-space character.
 */

export interface Token {
  text: string;
  /** wordKey(text), computed once: every table lookup uses it. */
  key: string;
  start: number;
  end: number;
}

const TOKEN_RE =
  /[\u1040-\u1049]+(?:[.,][\u1040-\u1049]+)*|(?:\p{L}\.){2,}|(?:(?![\u1040-\u1049])[\p{L}\p{M}\p{N}])+(?:(?:[-'’‐]|[.,](?=\p{N}))(?:(?![\u1040-\u1049])[\p{L}\p{M}\p{N}])+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    tokens.push({ text: m[0], key: wordKey(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
/** Two or more capitals and no lower case: an acronym ("NLD", "KNU", "VI"). */
export const isAcronym = (word: string): boolean => /^[\p{Lu}\p{N}&.-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(word);

/** Lower case, no dots, curly apostrophes straightened: the key used in every table. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/\./g, '');
}

/** "Hlaing’s" → "Hlaing" (and whether it was possessive). */
export function stripPossessive(word: string): { base: string; possessive: boolean } {
  const m = /^(.*\p{L})['’]s$/u.exec(word);
  return m ? { base: m[1], possessive: true } : { base: word, possessive: false };
}
