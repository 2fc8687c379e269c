import { startsSentence, type AnalysedParagraph } from './analyse';
import { BURMESE_NAME_SYLLABLES } from './tables/burmese-names';
import { MONTHS, WEEKDAYS } from './tables/calendar';
import { COMMON_WORDS } from './tables/common-words';
import { KEPT_PREFIXES, NAME_PARTICLES, STRIPPED_HONORIFICS } from './tables/honorifics';
import { ORG_HEADS, ORG_WORDS, ORGANISATION_PHRASES, ORGANISATIONS } from './tables/organisations';
import { PEOPLES } from './tables/peoples';
import { PLACE_PHRASES, PLACES } from './tables/places';
import { ROLE_NOUNS } from './tables/roles';
import { OFFICES, RANKS } from './tables/titles';
import { isAcronym, isCapitalised, stripPossessive, wordKey } from './tokens';

/**
 * Runs of capitalised words, each split into what stands before a name
 * (titles, honorifics, places, organisation words, sentence openers) and the
 * name itself. Whether a run's name is a person is decided by people.ts from
 * this split and the words around the run.
 */

export interface RunToken {
  /** The word without a possessive ending or a "then-" prefix. */
  text: string;
  key: string;
  start: number;
  end: number;
  possessive: boolean;
  /** A single capital followed by a dot ("K." in "Sergey K. Shoygu"). */
  initial: boolean;
}

export interface Title {
  text: string;
  kind: 'rank' | 'office';
  /** Run positions [from, to). */
  from: number;
  to: number;
}

export interface NameRun {
  paragraph: number;
  /** Paragraph token indices of the run's first and last token. */
  first: number;
  last: number;
  tokens: RunToken[];
  titles: Title[];
  /** "U" or "Daw" right before the name, if any. */
  honorific: string | null;
  /** A capitalised role word stripped from the front ("Author", "Analyst"). */
  roleWord: string | null;
  /** Run positions [nameFrom, nameTo) of the name; empty when the run names no one. */
  nameFrom: number;
  nameTo: number;
  /** What follows the name inside the run makes it an organisation or place ("… Village", "… PDF"). */
  trailingHead: boolean;
  /** Start of the form as written: first title (and a "then-"/"former" before it), else the name. */
  formStart: number;
  /**
   * A common word was stripped where it cannot be a sentence opener ("… Let
   * Pan Hla", "the New Light …"): the run is most likely a name of a thing.
   */
  oddPrefix: boolean;
}

type Kind = 'rank' | 'office' | 'org' | 'place';
/** Multi-word phrases by their space-joined key, and the longest phrase length. */
const PHRASES = new Map<string, Kind>();
for (const [list, kind] of [[RANKS, 'rank'], [OFFICES, 'office'], [ORGANISATION_PHRASES, 'org'], [PLACE_PHRASES, 'place']] as const) {
  for (const phrase of list) PHRASES.set(phrase, kind);
}
const LONGEST_PHRASE = 5;
/** Last words of titles: an honorific after one belongs to the same name ("President U Win …"). */
const TITLE_ENDS = new Set([...RANKS, ...OFFICES].map((t) => t.split(' ').pop()!));
/** Abbreviations that a dot may follow inside a run ("Dr.", "Lt. Gen."). */
const DOTTED = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'lt', 'gen', 'col', 'maj', 'capt', 'brig', 'sgt', 'cpl', 'pvt', 'adm', 'snr', 'sr', 'jr', 'st', 'rev', 'mg']);
const THEN_PREFIX = /^(?:then|ex)-(?=\p{Lu})/u;

export function findRuns(p: AnalysedParagraph): NameRun[] {
  const runs: NameRun[] = [];
  const { tokens } = p;
  let i = 0;
  while (i < tokens.length) {
    if (!capish(tokens[i].text)) {
      i++;
      continue;
    }
    const first = i;
    const run: RunToken[] = [];
    for (;;) {
      run.push(runToken(tokens[i].text, tokens[i].start));
      if (run[run.length - 1].possessive) break;
      const next = tokens[i + 1];
      // "… U Shwe Mann" after a word that is no title: the honorific begins another name.
      const honorificAhead = next && STRIPPED_HONORIFICS.has(next.text) && !TITLE_ENDS.has(tokens[i].key);
      if (next && capish(next.text) && sameSentence(p, i, i + 1) && !honorificAhead) {
        i++;
        continue;
      }
      // "Ursula von der Leyen": lower-case particles between capitalised words.
      let k = i + 1;
      while (k < tokens.length && NAME_PARTICLES.has(tokens[k].text) && k - i <= 2) k++;
      if (k > i + 1 && tokens[k] && capish(tokens[k].text) && sameSentence(p, i, k)) {
        for (let j = i + 1; j < k; j++) run.push(runToken(tokens[j].text, tokens[j].start));
        i = k;
        continue;
      }
      // A dot after an initial or an abbreviated title stays inside the run ("K. Shoygu", "Dr. Aye").
      const after = tokens[i + 2];
      if (next?.text === '.' && next.start === tokens[i].end && after && capish(after.text) && isDottable(tokens[i].text)) {
        run[run.length - 1].initial = /^\p{Lu}$/u.test(tokens[i].text);
        i += 2;
        continue;
      }
      break;
    }
    runs.push(classify(p.index, first, i, run, startsSentence(p, first)));
    i++;
  }
  return runs;
}

function capish(word: string): boolean {
  return (isCapitalised(word) && /^\p{L}/u.test(word)) || THEN_PREFIX.test(word);
}

function isDottable(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || DOTTED.has(word.toLowerCase());
}

function sameSentence(p: AnalysedParagraph, a: number, b: number): boolean {
  return p.sentenceOf[a] === p.sentenceOf[b];
}

function runToken(raw: string, start: number): RunToken {
  const then = THEN_PREFIX.exec(raw);
  const word = then ? raw.slice(then[0].length) : raw;
  const { base, possessive } = stripPossessive(word);
  const from = start + (then ? then[0].length : 0);
  // "R.A." in "R.A. Fairclough": dotted initials, not an acronym.
  const initial = /^(?:\p{Lu}\.){2,}$/u.test(base);
  return { text: base, key: wordKey(base), start: from, end: from + base.length, possessive, initial };
}

function classify(paragraph: number, first: number, last: number, tokens: RunToken[], atSentenceStart: boolean): NameRun {
  const titles: Title[] = [];
  let honorific: string | null = null;
  let roleWord: string | null = null;
  let pos = 0;
  let org = false;
  let oddPrefix = false;
  // Strip what stands before the name.
  while (pos < tokens.length) {
    const phrase = matchPhrase(tokens, pos);
    if (phrase && (phrase.kind === 'rank' || phrase.kind === 'office')) {
      titles.push({ text: tokens.slice(pos, pos + phrase.length).map((t) => t.text).join(' '), kind: phrase.kind, from: pos, to: pos + phrase.length });
      honorific = null;
      pos += phrase.length;
      if (tokens[pos - 1].possessive) break;
      continue;
    }
    if (phrase) {
      org ||= phrase.kind === 'org';
      pos += phrase.length;
      if (tokens[pos - 1].possessive) break;
      continue;
    }
    const t = tokens[pos];
    if (STRIPPED_HONORIFICS.has(t.text) && pos + 1 < tokens.length) {
      honorific = t.text;
      pos++;
      continue;
    }
    if (KEPT_PREFIXES.has(t.key) || BURMESE_NAME_SYLLABLES.has(t.key) || isNameWord(t)) break;
    if (ROLE_NOUNS.has(t.key)) roleWord = t.text;
    else if (COMMON_WORDS.has(t.key) && (pos > 0 || !atSentenceStart)) oddPrefix = true;
    pos++;
    if (t.possessive) break;
  }
  const nameFrom = org ? tokens.length : pos;
  let nameTo = nameFrom;
  while (nameTo < tokens.length && (nameTo === nameFrom ? isNameStart(tokens[nameTo]) : isNameWord(tokens[nameTo]) || BURMESE_NAME_SYLLABLES.has(tokens[nameTo].key))) {
    nameTo++;
    if (tokens[nameTo - 1].possessive) break;
  }
  const trailingHead = tokens.slice(nameTo).some((t) => isAcronym(t.text) || t.key.split('-').some((part) => ORG_HEADS.has(part)));
  let formStart = titles.length ? titles[0].from : honorific ? nameFrom - 1 : nameFrom;
  if (formStart > 0 && titles.length && PEOPLES.has(tokens[formStart - 1].key)) formStart--;
  return { paragraph, first, last, tokens, titles, honorific, roleWord, nameFrom, nameTo, trailingHead, formStart, oddPrefix };
}

/** First words of the phrases: most run words start none, and are passed over at once. */
const PHRASE_STARTS = new Set([...PHRASES.keys()].map((k) => k.split(' ')[0]));

function matchPhrase(tokens: RunToken[], pos: number): { kind: Kind; length: number } | null {
  if (!PHRASE_STARTS.has(tokens[pos].key.split('-')[0])) return null;
  for (let len = Math.min(LONGEST_PHRASE, tokens.length - pos); len >= 1; len--) {
    // A possessive may only end a phrase ("Myanmar’s", not "Prime’s Minister").
    if (tokens.slice(pos, pos + len - 1).some((t) => t.possessive)) continue;
    const key = tokens
      .slice(pos, pos + len)
      .map((t) => t.key.replace(/-/g, ' '))
      .join(' ');
    const kind = PHRASES.get(key);
    if (kind) return { kind, length: len };
  }
  return null;
}

/** A word that can begin a name: any name word, or a prefix kept in names ("Ko", "Saw"). */
function isNameStart(t: RunToken): boolean {
  return KEPT_PREFIXES.has(t.key) || BURMESE_NAME_SYLLABLES.has(t.key) || isNameWord(t);
}

/** A capitalised word that no table claims: it can be part of a personal name. */
function isNameWord(t: RunToken): boolean {
  if (t.initial) return true;
  if (isAcronym(t.text) || !/\p{Ll}/u.test(t.text)) return false;
  return !isTableWord(t.key) && !t.key.split('-').some((part) => part !== t.key && isTableWord(part));
}

function isTableWord(key: string): boolean {
  return (
    PLACES.has(key) ||
    PEOPLES.has(key) ||
    ORG_WORDS.has(key) ||
    ORG_HEADS.has(key) ||
    ORGANISATIONS.has(key) ||
    COMMON_WORDS.has(key) ||
    MONTHS.has(key) ||
    WEEKDAYS.has(key) ||
    ROLE_NOUNS.has(key) ||
    PHRASES.has(key)
  );
}
