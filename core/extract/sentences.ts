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
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj capt brig sgt cpl pvt adm snr sr jr st rev hon gov sen rep no nos vol ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec tues wed thurs fri sat ' +
    'u.s u.k u.n e.g i.e vs approx est dept govt co corp inc ltd mt ft fig p pp').split(' '),
);
/** Abbreviations that do end a sentence when a capital follows ("at 4 a.m. The …"). */
const FINAL_ABBREVIATIONS = new Set(['a.m', 'p.m', 'etc', 'ltd', 'inc', 'co']);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const TERMINATORS = new Set(['.', '!', '?', '…']);
const BURMESE_FULL_STOP = '။';

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  const n = text.length;
  for (let i = start; i < n; i++) {
    const c = text[i];
    if (c !== BURMESE_FULL_STOP && !TERMINATORS.has(c)) continue;
    let j = i + 1;
    while (j < n && (TERMINATORS.has(text[j]) || text[j] === BURMESE_FULL_STOP)) j++;
    while (j < n && CLOSERS.has(text[j])) j++;
    if (j < n && !/\s/.test(text[j])) {
      if (c !== BURMESE_FULL_STOP) continue; // "1.5", "U.S", "Yahoo!Inc"
    }
    const next = skipSpace(text, j);
    if (next < n && c !== BURMESE_FULL_STOP && !startsSentence(text, next, c === '.' ? wordBefore(text, i) : '')) {
      i = j - 1;
      continue;
    }
    sentences.push({ start, end: j });
    start = next;
    i = next - 1;
  }
  if (start < n) sentences.push({ start, end: trimEnd(text, n) });
  return sentences;
}

/** Whether a sentence may begin at `at`, given the word that ended with a period (or ''). */
function startsSentence(text: string, at: number, word: string): boolean {
  const ch = text[at];
  const upper = /[\p{Lu}\p{N}"“‘'(\[\u1000-\u109F]/u.test(ch);
  if (!upper) return false;
  if (!word) return true;
  const key = word.toLowerCase();
  if (FINAL_ABBREVIATIONS.has(key)) return /\p{Lu}/u.test(ch);
  if (ABBREVIATIONS.has(key)) return false;
  // An initial: one capital letter ("K." in "Sergey K. Shoygu"), or a dotted acronym ("U.S.").
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  return true;
}

/** The letters (and inner dots) just before position `i`. Bounded by word length, so the pass stays linear. */
function wordBefore(text: string, i: number): string {
  let k = i;
  while (k > 0 && /[\p{L}.]/u.test(text[k - 1]) && i - k < 12) k--;
  return text.slice(k, i);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
